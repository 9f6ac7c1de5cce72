package vn.luutru.transfer.pkg;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The descriptive metadata of Circular 05/2025: {@code EAD.xml} for the record file and
 * one {@code EAD_doc_<docCode>.xml} per document, each a {@code <simpledc>} element
 * holding one element per field, in no namespace, with the values in Vietnamese; and the
 * schemas for them, generated from the same field lists. Coded values carry their label
 * in a comment for the human reader.
 */
public final class DescriptiveXml {

	static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	private static final String XS = "http://www.w3.org/2001/XMLSchema";

	/** SIP_hoso: the 18 fields of the circular's XML frame, in its order. */
	public static final List<String> FILE_FIELDS = List.of("fileCode", "title", "maintenance", "mode", "language",
			"startDate", "endDate", "keyword", "totalDoc", "numberOfPaper", "numberOfPage", "format", "inforSign",
			"confidenceLevel", "paperFileCode", "riskRecovery", "riskRecoveryStatus", "description");

	/** SIP EAD_doc: 21 fields. */
	public static final List<String> SIP_DOCUMENT_FIELDS = List.of("docId", "docCode", "maintenance", "typeName",
			"codeNumber", "codeNotation", "issuedDate", "organName", "subject", "language", "numberOfPage", "inforSign",
			"keyword", "mode", "confidenceLevel", "autograph", "format", "riskRecovery", "riskRecoveryStatus",
			"process", "description");

	/**
	 * AIP_hoso EAD_doc (Appendix I): 19 fields, the archival file code and ordinal
	 * instead of docId.
	 */
	private static final List<String> AIP_DOCUMENT_FIELDS = List.of("arcFileCode", "mode", "language", "keyword",
			"numberOfPage", "format", "inforSign", "confidenceLevel", "description", "docCode", "docOrdinal",
			"typeName", "codeNumber", "codeNotation", "issuedDate", "organName", "subject", "autograph", "process");

	private DescriptiveXml() {
	}

	static byte[] fileRecord(PackageRequest request, PackageFile file) {
		Map<String, Object> values = new HashMap<>();
		values.put("fileCode", file.fileCode());
		values.put("arcFileCode", archivalFileCode(request, file));
		values.put("title", file.title());
		values.put("maintenance", file.maintenanceCode());
		values.put("mode", file.accessMode());
		values.put("language", file.language());
		values.put("startDate", file.startDate());
		values.put("endDate", file.endDate());
		values.put("keyword", file.keywords());
		values.put("totalDoc", file.totalDoc());
		values.put("numberOfPaper", file.numberOfPaper());
		values.put("numberOfPage", file.numberOfPage());
		values.put("format", file.physicalFormat());
		values.put("inforSign", file.inforSign());
		values.put("confidenceLevel", file.confidenceLevel());
		values.put("paperFileCode", file.paperFileCode());
		values.put("riskRecovery", file.riskRecovery());
		values.put("riskRecoveryStatus", file.riskRecoveryStatus());
		values.put("description", file.description());
		return record(fileFields(request.type()), values, Map.of("maintenance", label(file.maintenanceLabel())),
				"../../" + Layout.SCHEMAS + Layout.FILE_SCHEMA);
	}

	static byte[] documentRecord(PackageRequest request, PackageFile file, PackageDocument doc) {
		Map<String, Object> values = new HashMap<>();
		values.put("docId", doc.docCode());
		values.put("docCode", file.fileCode() + "." + String.format("%07d", doc.position()));
		values.put("arcFileCode", archivalFileCode(request, file));
		values.put("docOrdinal", doc.position());
		values.put("maintenance", file.maintenanceCode());
		values.put("typeName", doc.typeCode());
		values.put("codeNumber", doc.codeNumber());
		values.put("codeNotation", doc.codeNotation());
		values.put("issuedDate", doc.issuedDate());
		values.put("organName", doc.organName());
		values.put("subject", doc.subject());
		values.put("language", doc.language());
		values.put("numberOfPage", doc.numberOfPage());
		values.put("inforSign", doc.inforSign());
		values.put("keyword", doc.keywords());
		values.put("mode", doc.accessMode());
		values.put("confidenceLevel", doc.confidenceLevel());
		values.put("autograph", doc.autograph());
		values.put("format", doc.physicalFormat());
		// A document is backed up with its file.
		values.put("riskRecovery", file.riskRecovery());
		values.put("riskRecoveryStatus", file.riskRecoveryStatus());
		// No workflow log is attached to the packages LuuTru writes.
		values.put("process", false);
		values.put("description", doc.description());
		Map<String, String> notes = new HashMap<>();
		notes.put("maintenance", label(file.maintenanceLabel()));
		notes.put("typeName", label(doc.typeName()));
		return record(documentFields(request.type()), values, notes,
				"../../../../" + Layout.SCHEMAS + Layout.DOCUMENT_SCHEMA);
	}

	static byte[] fileSchema(PackageType type) {
		return schema(fileFields(type), "EAD.xml (" + type + "_hoso)");
	}

	static byte[] documentSchema(PackageType type) {
		return schema(documentFields(type), "EAD_doc (" + type + "_hoso)");
	}

	/** The archive's code + the file code (Circular 05/2025, AIP). */
	private static String archivalFileCode(PackageRequest request, PackageFile file) {
		return request.archive().code() + "." + file.fileCode();
	}

	private static List<String> fileFields(PackageType type) {
		if (type == PackageType.SIP) {
			return FILE_FIELDS;
		}
		return FILE_FIELDS.stream().map((name) -> name.equals("fileCode") ? "arcFileCode" : name).toList();
	}

	private static List<String> documentFields(PackageType type) {
		return (type == PackageType.SIP) ? SIP_DOCUMENT_FIELDS : AIP_DOCUMENT_FIELDS;
	}

	private static byte[] record(List<String> fields, Map<String, Object> values, Map<String, String> notes,
			String schemaLocation) {
		XmlWriter xml = new XmlWriter(null).start("simpledc")
			.declare("xsi", XSI)
			.attr("xsi", XSI, "noNamespaceSchemaLocation", schemaLocation);
		for (String field : fields) {
			xml.leaf(field, text(values.get(field))).comment(notes.get(field));
		}
		return xml.end().toBytes();
	}

	private static String text(Object value) {
		if (value instanceof LocalDate date) {
			return Times.day(date);
		}
		if (value instanceof Boolean flag) {
			return flag ? "1" : "0";
		}
		return (value != null) ? value.toString() : null;
	}

	private static String label(String label) {
		return (label != null && !label.isBlank()) ? label : null;
	}

	private static byte[] schema(List<String> fields, String what) {
		XmlWriter xsd = new XmlWriter(XS).start("schema")
			.attr("elementFormDefault", "qualified")
			.start("annotation")
			.leaf("documentation",
					what + ", Thông tư 05/2025/TT-BNV: written by LuuTru from the circular's field"
							+ " list, every field optional and free text; not the circular's own XSD.")
			.end()
			.start("element")
			.attr("name", "simpledc")
			.start("complexType")
			.start("all");
		for (String field : fields) {
			xsd.start("element").attr("name", field).attr("type", "string").attr("minOccurs", "0").end();
		}
		return xsd.end().end().end().end().toBytes();
	}

}
