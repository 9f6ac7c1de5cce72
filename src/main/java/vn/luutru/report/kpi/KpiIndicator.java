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
			"Historical-archive records not restricted, with metadata and usable online",
			"LuuTru chưa có chức năng khai thác trực tuyến (quy trình access-request), nên chưa đo được tài liệu dùng được trực tuyến",
			"LuuTru has no online access yet (the access-request process), so online usability cannot be measured"),

	ACCESS_ONLINE(4, "Lưu trữ cơ quan thực hiện quy trình khai thác sử dụng trực tuyến",
			"Agency archives running the access process online",
			"LuuTru chưa có chức năng khai thác sử dụng (quy trình access-request)",
			"LuuTru has no access process yet (access-request)"),

	PAPER_DIGITISED(5, "Tài liệu giấy của Lưu trữ lịch sử được số hóa, có siêu dữ liệu",
			"Paper records of the historical archive digitised, with metadata", null, null),

	NATIONAL_DATABASE(6, "Tài liệu điện tử của Lưu trữ lịch sử được tích hợp vào Cơ sở dữ liệu lưu trữ quốc gia",
			"Historical-archive e-records integrated into the national archive database",
			"LuuTru chưa có chức năng xuất gói tin sang Cơ sở dữ liệu lưu trữ quốc gia",
			"LuuTru cannot yet export packages to the national archive database"),

	SAFE_PRESERVATION(7,
			"Giải pháp bảo quản an toàn tài liệu điện tử vĩnh viễn (sao lưu, kiểm tra toàn vẹn, chuyển đổi)",
			"A safe preservation solution for permanent e-records (backups, fixity, migration)",
			"LuuTru chưa có quy trình kiểm tra toàn vẹn định kỳ và sao lưu (fixity-audit)",
			"LuuTru has no periodic fixity audit or backup process yet (fixity-audit)"),

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

	public static Optional<KpiIndicator> of(int number) {
		return Arrays.stream(values()).filter((i) -> i.number == number).findFirst();
	}

}
