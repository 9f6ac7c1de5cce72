package vn.luutru.transfer.pkg;

import java.util.List;

/**
 * The package METS ({@code <OBJID>/METS.xml}): identifies the package, its agents, its
 * descriptive and (AIP) preservation metadata, the schemas, and points at the
 * representation METS.
 */
final class PackageMets {

	static final String DMD = "dmd-ead";

	static final String DIGIPROV = "digiprov-premis";

	static final String SCHEMAS_GROUP = "fg-schemas";

	static final String REPRESENTATION_GROUP = "fg-" + Layout.REPRESENTATION;

	private PackageMets() {
	}

	/**
	 * @param premis null in a SIP
	 */
	static byte[] write(PackageRequest request, PackageFile file, String objectId, Written ead, Written premis,
			List<Written> schemas, Written representationMets) {
		XmlWriter xml = MetsXml.root(request.type(), objectId, file.title(), "");
		MetsXml.header(xml, request);
		// E-ARK SIP agents: who submits, whose records they are, who will preserve them.
		MetsXml.agent(xml, "CREATOR", request.submittingAgency());
		MetsXml.agent(xml, "ARCHIVIST", file.agency());
		MetsXml.agent(xml, "PRESERVATION", request.archive());
		xml.start("altRecordID").attr("TYPE", "SUBMISSIONAGREEMENT").text(request.batchCode()).end();
		xml.start("altRecordID").attr("TYPE", "REFERENCECODE").text(file.fileCode()).end();
		xml.end();

		xml.start("dmdSec").attr("ID", DMD).attr("CREATED", Times.iso(request.createdAt())).attr("STATUS", "CURRENT");
		MetsXml.mdRef(xml, ead, "DC", null, request.createdAt());
		xml.end();
		// The circular's sample SIP carries an empty amdSec; an AIP's references PREMIS.
		xml.start("amdSec").attr("ID", "amd-package");
		if (premis != null) {
			MetsXml.premis(xml, DIGIPROV, premis, request.createdAt());
		}
		xml.end();

		xml.start("fileSec").attr("ID", "filesec-package");
		xml.start("fileGrp").attr("ID", SCHEMAS_GROUP).attr("USE", "Schemas");
		for (Written schema : schemas) {
			String name = schema.href().substring(Layout.SCHEMAS.length());
			MetsXml.file(xml, MetsXml.fileId("schema-" + name), MetsXml.XML, schema.sha256(), schema.size(),
					request.createdAt());
			MetsXml.location(xml, schema.href());
		}
		xml.end();
		xml.start("fileGrp")
			.attr("ID", REPRESENTATION_GROUP)
			.attr("USE", "Representations/" + Layout.REPRESENTATION)
			.attr("csip", MetsXml.CSIP, "CONTENTINFORMATIONTYPE", MetsXml.CONTENT_INFORMATION_TYPE);
		MetsXml.file(xml, MetsXml.fileId(Layout.REPRESENTATION + "-mets"), MetsXml.XML, representationMets.sha256(),
				representationMets.size(), request.createdAt());
		MetsXml.location(xml, representationMets.href());
		xml.end().end();

		xml.start("structMap")
			.attr("ID", "structmap-package")
			.attr("TYPE", "PHYSICAL")
			.attr("LABEL", "CSIP")
			.start("div")
			.attr("ID", "div-package")
			.attr("LABEL", objectId);
		xml.start("div")
			.attr("ID", "div-metadata")
			.attr("LABEL", "Metadata")
			.attr("DMDID", DMD)
			.attr("ADMID", (premis != null) ? DIGIPROV : null)
			.end();
		MetsXml.division(xml, "div-schemas", "Schemas", SCHEMAS_GROUP);
		xml.start("div")
			.attr("ID", "div-" + Layout.REPRESENTATION)
			.attr("LABEL", "Representations/" + Layout.REPRESENTATION)
			.start("mptr")
			.attr("LOCTYPE", "URL")
			.attr("xlink", MetsXml.XLINK, "type", "simple")
			.attr("xlink", MetsXml.XLINK, "href", representationMets.href())
			.attr("xlink", MetsXml.XLINK, "title", REPRESENTATION_GROUP)
			.end()
			.end();
		return xml.end().end().end().toBytes();
	}

}
