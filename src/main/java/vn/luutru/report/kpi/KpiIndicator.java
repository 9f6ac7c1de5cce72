package vn.luutru.report.kpi;

import java.util.Arrays;
import java.util.Optional;

/**
 * The eight indicators of Plan 62/KH-UBND (Decision 458/QĐ-TTg), DOMAIN.md "The plan's
 * targets". An indicator LuuTru cannot measure yet carries the reason, in both languages;
 * it is reported as not measured, never with a number.
 */
public enum KpiIndicator {

	DOCUMENTS_BORN_DIGITAL(1, "Văn bản được tạo lập điện tử và lưu trong phần mềm lưu trữ",
			"Documents created electronically and kept in compliant archive software", null, null),

	TRANSFERRED_WITHIN_3_YEARS(2, "Hồ sơ điện tử vĩnh viễn nộp lưu vào Lưu trữ lịch sử trong 3 năm kể từ khi tạo lập",
			"Permanent e-records handed to the historical archive within 3 years of creation", null, null),

	ONLINE_WITH_METADATA(3,
			"Tài liệu Lưu trữ lịch sử không thuộc danh mục hạn chế có siêu dữ liệu, khai thác trực tuyến",
			"Historical-archive records not restricted, with metadata and usable online", null, null),

	ACCESS_ONLINE(4, "Lưu trữ cơ quan thực hiện quy trình khai thác sử dụng trực tuyến",
			"Agency archives running the access process online", null, null),

	PAPER_DIGITISED(5, "Tài liệu giấy của Lưu trữ lịch sử được số hóa, có siêu dữ liệu",
			"Paper records of the historical archive digitised, with metadata", null, null),

	NATIONAL_DATABASE(6, "Tài liệu điện tử của Lưu trữ lịch sử được tích hợp vào Cơ sở dữ liệu lưu trữ quốc gia",
			"Historical-archive e-records integrated into the national archive database", null, null),

	SAFE_PRESERVATION(7,
			"Giải pháp bảo quản an toàn tài liệu điện tử vĩnh viễn (sao lưu, kiểm tra toàn vẹn, chuyển đổi)",
			"A safe preservation solution for permanent e-records (backups, fixity, migration)", null, null),

	STAFF_TRAINED(8, "Công chức, viên chức làm lưu trữ (kể cả kiêm nhiệm) được tập huấn về tài liệu điện tử",
			"Archive staff, part-time included, trained in e-records work", null, null);

	private final int number;

	private final String label;

	private final String labelEn;

	private final String notMeasured;

	private final String notMeasuredEn;

	KpiIndicator(int number, String label, String labelEn, String notMeasured, String notMeasuredEn) {
		this.number = number;
		this.label = label;
		this.labelEn = labelEn;
		this.notMeasured = notMeasured;
		this.notMeasuredEn = notMeasuredEn;
	}

	public int number() {
		return this.number;
	}

	public String label() {
		return this.label;
	}

	public String labelEn() {
		return this.labelEn;
	}

	public boolean measured() {
		return this.notMeasured == null;
	}

	/** Why LuuTru cannot measure it yet, in Vietnamese; null when measured. */
	public String notMeasured() {
		return this.notMeasured;
	}

	public String notMeasuredEn() {
		return this.notMeasuredEn;
	}

	/**
	 * How LuuTru counts it, in Vietnamese, where the plan's wording leaves a choice; null
	 * when the label says it all. Printed under the indicator's sheet of the report.
	 */
	public String countedAs() {
		return switch (this) {
			case ONLINE_WITH_METADATA -> "Mẫu số: hồ sơ công khai (mã chế độ sử dụng 01; hồ sơ sử dụng có điều kiện "
					+ "và mật thuộc danh mục hạn chế) do Lưu trữ lịch sử quản lý, nộp lưu trước cuối năm. Tử số: hồ sơ "
					+ "trong số đó độc giả yêu cầu trực tuyến được, có ít nhất một văn bản và mọi văn bản có trích yếu, "
					+ "cơ quan ban hành và nội dung còn lưu giữ";
			case ACCESS_ONLINE -> "Mỗi Lưu trữ cơ quan (cơ quan không phải Lưu trữ lịch sử) tính 1 ở mẫu số; tính 1 "
					+ "ở tử số khi trong năm đã trả lời ít nhất một yêu cầu khai thác trực tuyến của độc giả "
					+ "(cho phép, phê duyệt hoặc từ chối; chưa trả lời thì không tính)";
			case NATIONAL_DATABASE -> "Mẫu số: hồ sơ có nội dung điện tử còn lưu giữ do Lưu trữ lịch sử nhận trước "
					+ "cuối năm. Tử số: hồ sơ trong số đó đã xuất gói tin sang Cơ sở dữ liệu lưu trữ quốc gia "
					+ "(POST /api/v1/national-exports) trước cuối năm";
			case SAFE_PRESERVATION -> "Mẫu số: hồ sơ vĩnh viễn có nội dung điện tử đang lưu giữ, tính cho lưu trữ "
					+ "quản lý hồ sơ. Tử số: hồ sơ mà mọi văn bản (1) đã qua kiểm tra toàn vẹn trong một chu kỳ "
					+ "bắt đầu không quá một chu kỳ cấu hình (luutru.fixity.cycle) trước thời điểm tính, không còn "
					+ "sai lệch chưa sửa, và (2) nằm trong một bộ sao lưu hoàn tất lập sau khi văn bản được thu "
					+ "nhận. Thời điểm tính: cuối năm, hoặc hiện tại với năm đang diễn ra. Chuyển đổi định dạng "
					+ "chưa được tính (mã định dạng PRONOM đã được ghi cho từng đối tượng)";
			default -> null;
		};
	}

	public static Optional<KpiIndicator> of(int number) {
		return Arrays.stream(values()).filter((i) -> i.number == number).findFirst();
	}

}
