package vn.luutru.transfer.pkg;

import java.time.Instant;

/**
 * The parts the package METS and the representation METS share, with the attributes E-ARK
 * CSIP 2.0.4 requires of them (requirement ids in the comments of the callers).
 */
final class MetsXml {

	static final String NS = "http://www.loc.gov/METS/";

	static final String CSIP = "https://DILCIS.eu/XML/METS/CSIPExtensionMETS";

	static final String XLINK = "http://www.w3.org/1999/xlink";

	/** Content category (CSIP vocabulary); the circular's value for a record file. */
	static final String CONTENT_CATEGORY = "Mixed";

	/** Content information type, as in the circular's sample package. */
	static final String CONTENT_INFORMATION_TYPE = "MIXED";

	static final String XML = "application/xml";

	private MetsXml() {
	}

	/**
	 * CSIP1–CSIP6 on the root element; schemas referenced from the package's schemas
	 * folder.
	 */
	static XmlWriter root(PackageType type, String objectId, String label, String toPackageRoot) {
		String schemas = toPackageRoot + Layout.SCHEMAS;
		return new XmlWriter(NS).start("mets")
			.declare("csip", CSIP)
			.declare("xlink", XLINK)
			.declare("xsi", DescriptiveXml.XSI)
			.attr("OBJID", objectId)
			.attr("LABEL", label)
			.attr("TYPE", CONTENT_CATEGORY)
			.attr("csip", CSIP, "CONTENTINFORMATIONTYPE", CONTENT_INFORMATION_TYPE)
			.attr("PROFILE", type.profile())
			.attr("xsi", DescriptiveXml.XSI, "schemaLocation", NS + " " + schemas + SchemaFiles.METS + " " + XLINK + " "
					+ schemas + SchemaFiles.XLINK + " " + CSIP + " " + schemas + SchemaFiles.CSIP_EXTENSION);
	}

	/**
	 * Opens metsHdr with the software agent of CSIP7–CSIP16; the caller adds agents and
	 * ends it.
	 */
	static void header(XmlWriter xml, PackageRequest request) {
		xml.start("metsHdr")
			.attr("CREATEDATE", Times.iso(request.createdAt()))
			.attr("RECORDSTATUS", "NEW")
			.attr("csip", CSIP, "OAISPACKAGETYPE", request.type().name())
			.start("agent")
			.attr("ROLE", "CREATOR")
			.attr("TYPE", "OTHER")
			.attr("OTHERTYPE", "SOFTWARE")
			.leaf("name", request.softwareName())
			.start("note")
			.attr("csip", CSIP, "NOTETYPE", "SOFTWARE VERSION")
			.text(request.softwareVersion())
			.end()
			.end();
	}

	/** An organisation with its identification code (the E-ARK SIP agents). */
	static void agent(XmlWriter xml, String role, Agency agency) {
		xml.start("agent")
			.attr("ROLE", role)
			.attr("TYPE", "ORGANIZATION")
			.leaf("name", agency.name())
			.start("note")
			.attr("csip", CSIP, "NOTETYPE", "IDENTIFICATIONCODE")
			.text(agency.code())
			.end()
			.end();
	}

	/** CSIP21–CSIP30 (dmdSec) and CSIP35–CSIP44 (digiprovMD). */
	static void mdRef(XmlWriter xml, Written file, String mdType, String mdTypeVersion, Instant created) {
		xml.start("mdRef")
			.attr("LOCTYPE", "URL")
			.attr("xlink", XLINK, "type", "simple")
			.attr("xlink", XLINK, "href", file.href())
			.attr("MDTYPE", mdType)
			.attr("MDTYPEVERSION", mdTypeVersion)
			.attr("MIMETYPE", XML)
			.attr("SIZE", file.size())
			.attr("CREATED", Times.iso(created))
			.attr("CHECKSUM", Sha256.declared(file.sha256()))
			.attr("CHECKSUMTYPE", Sha256.METS_TYPE)
			.end();
	}

	/** A digiprovMD holding the reference to a PREMIS file. */
	static void premis(XmlWriter xml, String id, Written premis, Instant created) {
		xml.start("digiprovMD").attr("ID", id).attr("CREATED", Times.iso(created)).attr("STATUS", "CURRENT");
		mdRef(xml, premis, "PREMIS", "3.0", created);
		xml.end();
	}

	/**
	 * Opens a file element with CSIP66–CSIP72; the caller may add attributes, then
	 * {@link #location}.
	 */
	/**
	 * The ID of a {@code fileSec} file: E-ARK AIP requires it to start with "ID" (AIP9);
	 * the rest names the file.
	 */
	static String fileId(String name) {
		return Layout.id("ID-file", name);
	}

	static XmlWriter file(XmlWriter xml, String id, String mimeType, String sha256, long size, Instant created) {
		return xml.start("file")
			.attr("ID", id)
			.attr("MIMETYPE", mimeType)
			.attr("SIZE", size)
			.attr("CREATED", Times.iso(created))
			.attr("CHECKSUM", Sha256.declared(sha256))
			.attr("CHECKSUMTYPE", Sha256.METS_TYPE);
	}

	/** CSIP76–CSIP79: the FLocat, and ends the file element. */
	static void location(XmlWriter xml, String href) {
		xml.start("FLocat")
			.attr("LOCTYPE", "URL")
			.attr("xlink", XLINK, "type", "simple")
			.attr("xlink", XLINK, "href", href)
			.end()
			.end();
	}

	/** A structMap div pointing at one file group. */
	static void division(XmlWriter xml, String id, String label, String fileGroupId) {
		xml.start("div").attr("ID", id).attr("LABEL", label).start("fptr").attr("FILEID", fileGroupId).end().end();
	}

}
