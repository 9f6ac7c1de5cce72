package vn.luutru.transfer.pkg;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The representation METS ({@code representations/rep1/METS.xml}): the documents' content
 * files with their checksums, their descriptive metadata and (AIP) the representation's
 * PREMIS. Each content file carries its docCode as OWNERID. A second structMap (the
 * circular's {@code MetadataLink}) links each file to its metadata; CSIP107 allows in the
 * CSIP structMap only divisions that are folders of the package, so the links stand in a
 * structMap of their own.
 */
final class RepresentationMets {

	static final String DATA_GROUP = "fg-" + Layout.REPRESENTATION + "-data";

	static final String DIGIPROV = "digiprov-premis-" + Layout.REPRESENTATION;

	private RepresentationMets() {
	}

	/**
	 * @param metadata the documents' descriptive metadata, in the order of {@code data}
	 * @param premis null in a SIP
	 */
	static byte[] write(PackageRequest request, PackageFile file, List<DataFile> data, List<Written> metadata,
			Written premis) {
		String admId = (premis != null) ? DIGIPROV : null;
		XmlWriter xml = MetsXml.root(request.type(), Layout.REPRESENTATION, null, "../../");
		MetsXml.header(xml, request);
		// As in the circular, the representation names the fonds its records belong to.
		String fonds = (file.fondsCode() != null) ? file.fondsCode() : file.agency().code();
		MetsXml.agent(xml, "ARCHIVIST", new Agency(fonds, file.agency().name()));
		xml.end();

		for (int i = 0; i < data.size(); i++) {
			xml.start("dmdSec")
				.attr("ID", dmdId(data.get(i).doc()))
				.attr("CREATED", Times.iso(request.createdAt()))
				.attr("STATUS", "CURRENT");
			MetsXml.mdRef(xml, metadata.get(i), "DC", null, request.createdAt());
			xml.end();
		}
		xml.start("amdSec").attr("ID", "amd-" + Layout.REPRESENTATION);
		if (premis != null) {
			MetsXml.premis(xml, DIGIPROV, premis, request.createdAt());
		}
		xml.end();

		xml.start("fileSec")
			.attr("ID", "filesec-" + Layout.REPRESENTATION)
			.start("fileGrp")
			.attr("ID", DATA_GROUP)
			.attr("USE", "Data");
		for (DataFile each : data) {
			DocumentContent content = each.doc().content();
			MetsXml.file(xml, fileId(each.doc()), content.mediaType(), each.sha256(), each.size(), content.capturedAt())
				.attr("OWNERID", each.doc().docCode())
				.attr("DMDID", dmdId(each.doc()))
				.attr("ADMID", admId);
			MetsXml.location(xml, each.path());
		}
		xml.end().end();

		xml.start("structMap")
			.attr("ID", "structmap-" + Layout.REPRESENTATION)
			.attr("TYPE", "PHYSICAL")
			.attr("LABEL", "CSIP")
			.start("div")
			.attr("ID", "div-" + Layout.REPRESENTATION + "-root")
			.attr("LABEL", Layout.REPRESENTATION)
			.attr("TYPE", "ORIGINAL");
		xml.start("div")
			.attr("ID", "div-" + Layout.REPRESENTATION + "-metadata")
			.attr("LABEL", "Metadata")
			.attr("DMDID", data.stream().map((each) -> dmdId(each.doc())).collect(Collectors.joining(" ")))
			.attr("ADMID", admId)
			.end();
		MetsXml.division(xml, "div-" + Layout.REPRESENTATION + "-data", "Data", DATA_GROUP);
		xml.end().end();

		xml.start("structMap")
			.attr("ID", "structmap-" + Layout.REPRESENTATION + "-links")
			.attr("TYPE", "LOGICAL")
			.attr("LABEL", "MetadataLink")
			.start("div")
			.attr("ID", "div-" + Layout.REPRESENTATION + "-links")
			.attr("LABEL", "MetadataLink");
		for (DataFile each : data) {
			xml.start("div")
				.attr("ID", Layout.id("div-link", each.doc().docCode()))
				.attr("LABEL", "MetadataLink/File")
				.attr("ORDER", each.doc().position())
				.attr("DMDID", dmdId(each.doc()))
				.attr("ADMID", admId)
				.start("fptr")
				.attr("FILEID", fileId(each.doc()))
				.end()
				.end();
		}
		return xml.end().end().end().toBytes();
	}

	static String fileId(PackageDocument doc) {
		return MetsXml.fileId(doc.docCode());
	}

	static String dmdId(PackageDocument doc) {
		return Layout.id("dmd-doc", doc.docCode());
	}

}
