package vn.luutru.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.luutru.document.Document;
import vn.luutru.document.DocumentTypes;
import vn.luutru.file.RecordFile;
import vn.luutru.schedule.RetentionPeriod;
import vn.luutru.transfer.pkg.DescriptiveXml;

/**
 * The Circular 05/2025 metadata of a file and of its documents, by the field names the
 * packages use ({@link DescriptiveXml}, in their order), as text: what the XML holds and
 * what the cover page prints under the circular's Vietnamese labels.
 */
final class ExportFields {

	static final List<String> FILE_FIELDS = DescriptiveXml.FILE_FIELDS;

	static final List<String> DOCUMENT_FIELDS = DescriptiveXml.SIP_DOCUMENT_FIELDS;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** The labels of Circular 05/2025 (Annex I, II) for the field names. */
	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("fileCode", "Mã hồ sơ"),
			Map.entry("title", "Tiêu đề hồ sơ"), Map.entry("maintenance", "Thời hạn bảo quản"),
			Map.entry("mode", "Chế độ sử dụng"), Map.entry("language", "Ngôn ngữ"),
			Map.entry("startDate", "Thời gian bắt đầu"), Map.entry("endDate", "Thời gian kết thúc"),
			Map.entry("keyword", "Từ khóa"), Map.entry("totalDoc", "Tổng số văn bản trong hồ sơ"),
			Map.entry("numberOfPaper", "Số lượng tờ"), Map.entry("numberOfPage", "Số lượng trang"),
			Map.entry("format", "Tình trạng vật lý"), Map.entry("inforSign", "Ký hiệu thông tin"),
			Map.entry("confidenceLevel", "Mức độ tin cậy"), Map.entry("paperFileCode", "Mã hồ sơ giấy gốc"),
			Map.entry("riskRecovery", "Chế độ dự phòng"), Map.entry("riskRecoveryStatus", "Tình trạng dự phòng"),
			Map.entry("description", "Ghi chú"), Map.entry("docId", "Mã văn bản"),
			Map.entry("docCode", "Mã định danh văn bản"), Map.entry("typeName", "Tên loại văn bản"),
			Map.entry("codeNumber", "Số của văn bản"), Map.entry("codeNotation", "Ký hiệu của văn bản"),
			Map.entry("issuedDate", "Ngày, tháng, năm văn bản"),
			Map.entry("organName", "Tên cơ quan, tổ chức ban hành văn bản"), Map.entry("subject", "Trích yếu nội dung"),
			Map.entry("autograph", "Bút tích"), Map.entry("process", "Quy trình xử lý"));

	/** The access modes of Circular 05/2025. */
	private static final Map<String, String> MODES = Map.of("01", "Công khai", "02", "Sử dụng có điều kiện", "03",
			"Mật");

	private ExportFields() {
	}

	static String label(String field) {
		return LABELS.getOrDefault(field, field);
	}

	/** The file's values by field name; a field without a value is absent. */
	static Map<String, String> ofFile(RecordFile f) {
		Map<String, String> v = new LinkedHashMap<>();
		put(v, "fileCode", f.fileCode());
		put(v, "title", f.title());
		put(v, "maintenance", f.maintenanceCode());
		put(v, "mode", f.accessMode());
		put(v, "language", f.language());
		put(v, "startDate", day(f.startDate()));
		put(v, "endDate", day(f.endDate()));
		put(v, "keyword", f.keywords());
		put(v, "totalDoc", String.valueOf(f.docTotal()));
		put(v, "numberOfPaper", String.valueOf(f.sheetTotal()));
		put(v, "numberOfPage", String.valueOf(f.pageTotal()));
		put(v, "format", f.physicalFormat());
		put(v, "inforSign", f.inforSign());
		put(v, "confidenceLevel", f.confidenceLevel());
		put(v, "paperFileCode", f.paperFileCode());
		// as the packages say it: no backup-copy regime recorded, not backed up
		put(v, "riskRecovery", "0");
		put(v, "riskRecoveryStatus", "02");
		put(v, "description", f.description());
		return v;
	}

	/** One document's values by field name; a field without a value is absent. */
	static Map<String, String> ofDocument(RecordFile f, Document d) {
		Map<String, String> v = new LinkedHashMap<>();
		put(v, "docId", d.docCode());
		put(v, "docCode", f.fileCode() + "." + String.format("%07d", d.position()));
		put(v, "maintenance", f.maintenanceCode());
		put(v, "typeName", d.typeName());
		put(v, "codeNumber", d.codeNumber());
		put(v, "codeNotation", d.codeNotation());
		put(v, "issuedDate", day(d.issuedDate()));
		put(v, "organName", d.organName());
		put(v, "subject", d.subject());
		put(v, "language", d.language());
		put(v, "numberOfPage", String.valueOf(d.pageCount()));
		put(v, "inforSign", d.inforSign());
		put(v, "keyword", d.keywords());
		put(v, "mode", d.accessMode());
		put(v, "confidenceLevel", d.confidenceLevel());
		put(v, "autograph", d.autograph());
		put(v, "format", d.physicalFormat());
		put(v, "riskRecovery", "0");
		put(v, "riskRecoveryStatus", "02");
		// no workflow log travels with the export, as with the packages
		put(v, "process", "0");
		put(v, "description", d.description());
		return v;
	}

	/**
	 * A value as the cover page prints it: coded values followed by what they mean.
	 */
	static String readable(RecordFile f, String field, String value) {
		if (value == null) {
			return "";
		}
		return switch (field) {
			case "maintenance" -> value + " — " + retention(value, f.retentionYears());
			case "mode" -> MODES.containsKey(value) ? value + " — " + MODES.get(value) : value;
			case "typeName" -> DocumentTypes.nameOf(value).map((name) -> value + " — " + name).orElse(value);
			case "riskRecovery", "process" -> "1".equals(value) ? "Có" : "0".equals(value) ? "Không" : value;
			case "riskRecoveryStatus" ->
				"01".equals(value) ? "01 — Đã dự phòng" : "02".equals(value) ? "02 — Chưa dự phòng" : value;
			default -> value;
		};
	}

	private static String retention(String code, Integer years) {
		try {
			return RetentionPeriod.of(code, years).label();
		}
		catch (IllegalArgumentException ex) {
			return (years != null) ? years + " năm" : "";
		}
	}

	static String day(LocalDate date) {
		return (date != null) ? DAY.format(date) : null;
	}

	private static void put(Map<String, String> values, String field, String value) {
		if (value != null && !value.isBlank()) {
			values.put(field, value);
		}
	}

}
