package vn.luutru.report.kpi;

/** How an indicator stands against its target. */
public enum KpiStatus {

	/** At or above the target. */
	MET("Đạt"),
	/** Below the target by no more than the margin ({@code luutru.kpi.close-margin}). */
	CLOSE("Gần đạt"),
	/** Further below. */
	MISSED("Chưa đạt"),
	/** Measured, but nothing to count yet (no documents, no staff...). */
	NO_DATA("Chưa có dữ liệu"),
	/** LuuTru cannot measure it yet; the value says why. */
	NOT_MEASURED("Chưa đo được");

	private final String label;

	KpiStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
