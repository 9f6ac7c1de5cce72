package vn.luutru.report.monthly;

/**
 * What the monthly-report process generates. The retention deadline report joins once it
 * exists (the reports feature); until then only the KPI report.
 */
public enum MonthlyReportKind {

	KPI("Báo cáo thực hiện chỉ tiêu Kế hoạch 62", "bao-cao-chi-tieu");

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
