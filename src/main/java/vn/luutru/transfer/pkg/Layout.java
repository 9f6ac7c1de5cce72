package vn.luutru.transfer.pkg;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Folder and file names of a record file's package, and the ids derived from them. */
final class Layout {

	static final String METS = "METS.xml";

	static final String REPRESENTATION = "rep1";

	static final String REPRESENTATION_DIR = "representations/" + REPRESENTATION + "/";

	static final String EAD = "metadata/descriptive/EAD.xml";

	static final String PREMIS = "metadata/preservation/PREMIS.xml";

	/** Relative to the representation folder. */
	static final String REPRESENTATION_PREMIS = "metadata/preservation/PREMIS_" + REPRESENTATION + ".xml";

	static final String SCHEMAS = "schemas/";

	static final String FILE_SCHEMA = "ead.xsd";

	static final String DOCUMENT_SCHEMA = "ead_doc.xsd";

	/** Every folder of the CSIP structure is written, even when empty. */
	static final List<String> FOLDERS = List.of("metadata/", "metadata/descriptive/", "representations/",
			REPRESENTATION_DIR, REPRESENTATION_DIR + "data/", REPRESENTATION_DIR + "metadata/",
			REPRESENTATION_DIR + "metadata/descriptive/", SCHEMAS, "documentation/");

	static final List<String> PRESERVATION_FOLDERS = List.of("metadata/preservation/",
			REPRESENTATION_DIR + "metadata/preservation/");

	private Layout() {
	}

	/**
	 * The OBJID of a record file's package: a name-based UUID of the batch's package id
	 * and the file code, so that packaging the same batch again gives the same ids.
	 */
	static String objectId(String batchPackageId, String fileCode) {
		UUID uuid = UUID.nameUUIDFromBytes((batchPackageId + "\n" + fileCode).getBytes(StandardCharsets.UTF_8));
		return "uuid-" + uuid.toString().toUpperCase(Locale.ROOT);
	}

	/** Relative to the representation folder. */
	static String dataFile(PackageDocument doc) {
		return "data/" + doc.docCode() + "." + Formats.extension(doc.content());
	}

	/** Relative to the representation folder. */
	static String documentMetadata(PackageDocument doc) {
		return "metadata/descriptive/EAD_doc_" + doc.docCode() + ".xml";
	}

	/**
	 * An XML id (NCName): codes are letters, digits, dots, hyphens and underscores
	 * already.
	 */
	static String id(String prefix, String code) {
		return prefix + "-" + code.replaceAll("[^\\p{L}\\p{N}._-]", "_");
	}

}
