package vn.luutru.report.monthly;

/** What the monthly-report process generates and keeps, one of each a month. */
public enum MonthlyReportKind {

	KPI("Báo cáo thực hiện chỉ tiêu Kế hoạch 62", "bao-cao-chi-tieu"),

	DEADLINES("Báo cáo hồ sơ đến hạn nộp lưu, xem xét hủy", "bao-cao-den-han");

	private final String label;

	private final String fileStem;

	MonthlyReportKind(String label, String fileStem) {
		this.label = label;
		this.fileStem = fileStem;
	}

	public String label() {
		return this.label;
	}

	/** An ASCII file name, saved as is by browsers and curl (RFC 6266). */
	public String fileName(String month) {
		return this.fileStem + "-" + month + ".xlsx";
	}

}
