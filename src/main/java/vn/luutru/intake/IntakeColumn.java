package vn.luutru.intake;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * The columns of the intake sheet (README, "Bulk intake"): one row a document, with the
 * columns of its file (hồ sơ) repeated or left empty after the file's first row. The
 * header is the Circular 05/2025 name; the names used under Circular 02/2019 and Decree
 * 30/2020 are accepted too ({@link #legacyNames}), and the sheet's schema is detected
 * from them.
 */
enum IntakeColumn {

	FILE_NOTATION("fileNotation", "Số và ký hiệu hồ sơ", List.of("Ký hiệu hồ sơ", "Số ký hiệu hồ sơ", "FileNotation"),
			true),
	FILE_YEAR("year", "Năm hình thành hồ sơ", List.of("Năm hồ sơ", "Năm", "FileYear"), false),
	FILE_TITLE("title", "Tiêu đề hồ sơ", List.of("Tên hồ sơ", "Title"), false),
	MAINTENANCE("maintenanceCode", "Thời hạn bảo quản", List.of("Mã thời hạn bảo quản", "Maintenance"), false),
	RETENTION_YEARS("retentionYears", "Số năm bảo quản", List.of("RetentionYears"), false),
	FILE_ACCESS_MODE("accessMode", "Chế độ sử dụng hồ sơ", List.of("Chế độ sử dụng", "Rights"), false),
	START_DATE("startDate", "Thời gian bắt đầu", List.of("Ngày bắt đầu", "StartDate"), false),
	END_DATE("endDate", "Thời gian kết thúc", List.of("Ngày kết thúc", "EndDate"), false),
	FILE_STATUS("status", "Trạng thái hồ sơ", List.of("Tình trạng hồ sơ"), false),
	DEPOSIT_DATE("depositDate", "Ngày nộp lưu", List.of("Ngày nộp lưu cơ quan"), false),
	POSITION("position", "Số thứ tự văn bản trong hồ sơ", List.of("Số thứ tự văn bản", "DocOrdinal"), false),
	TYPE_NAME("typeName", "Tên loại văn bản", List.of("Loại văn bản", "TypeName"), true),
	CODE_NUMBER("codeNumber", "Số của văn bản", List.of("Số văn bản", "CodeNumber"), false),
	CODE_NOTATION("codeNotation", "Ký hiệu của văn bản", List.of("Ký hiệu văn bản", "CodeNotation"), false),
	ISSUED_DATE("issuedDate", "Ngày, tháng, năm văn bản", List.of("Ngày tháng văn bản", "Ngày văn bản", "IssuedDate"),
			true),
	ORGAN_NAME("organName", "Tên cơ quan, tổ chức ban hành văn bản",
			List.of("Cơ quan ban hành", "Tác giả văn bản", "OrganName"), true),
	SUBJECT("subject", "Trích yếu nội dung", List.of("Trích yếu", "Subject"), true),
	LANGUAGE("language", "Ngôn ngữ", List.of("Language"), false),
	PAGES("numberOfPage", "Số trang", List.of("Số lượng trang", "PageAmount"), true),
	SHEETS("numberOfPaper", "Số tờ", List.of("Số lượng tờ", "NumberOfPaper"), false),
	KEYWORD("keyword", "Từ khóa", List.of("KeyWord"), false),
	DOCUMENT_MODE("mode", "Chế độ sử dụng văn bản", List.of("Mode"), false),
	CONFIDENCE("confidenceLevel", "Mức độ tin cậy", List.of("ConfidenceLevel"), false),
	SIGNER_POSITION("signerPosition", "Chức vụ người ký", List.of("SignerPosition"), false),
	SIGNER_NAME("signerName", "Họ tên người ký", List.of("Người ký", "SignerName"), false),
	DESCRIPTION("description", "Ghi chú", List.of("Description"), false),
	CONTENT_FILE("content", "Tệp nội dung", List.of("Tên tệp", "Tệp đính kèm", "FileName"), true);

	/** The field name the capture API and its problems use. */
	final String field;

	final String header;

	/** Names under Circular 02/2019 (English element names) and Decree 30/2020. */
	final List<String> legacyNames;

	/** A sheet without this column cannot be read. */
	final boolean required;

	IntakeColumn(String field, String header, List<String> legacyNames, boolean required) {
		this.field = field;
		this.header = header;
		this.legacyNames = legacyNames;
		this.required = required;
	}

	/** Header cells compare without case, accents' encoding or repeated spaces. */
	static String fold(String header) {
		return Normalizer.normalize(header, Normalizer.Form.NFC)
			.replaceAll("[\\s\\u00a0]+", " ")
			.strip()
			.toLowerCase(Locale.ROOT);
	}

}
