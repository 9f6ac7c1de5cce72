package vn.luutru.schedule;

/**
 * One item of the retention schedule (bảng thời hạn bảo quản): what kind of file, how
 * long it is kept and what happens at the end.
 *
 * @param maintenanceCode the Circular 05/2025 code 01 (permanent) to 07 (other)
 * @param retentionYears null for permanent, otherwise the years kept
 */
public record RetentionRule(Long id, String code, String heading, String title, String maintenanceCode,
		Integer retentionYears, DispositionAction actionAtEnd, String legalBasis, boolean active) {

	public RetentionPeriod period() {
		return RetentionPeriod.of(this.maintenanceCode, this.retentionYears);
	}

}
