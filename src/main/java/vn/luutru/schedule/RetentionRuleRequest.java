package vn.luutru.schedule;

/**
 * Create or change an item of the retention schedule. Codes and the action arrive as text
 * so that every bad field is reported at once rather than the first unreadable one.
 *
 * @param maintenanceCode 01 (permanent) to 07 (other)
 * @param retentionYears needed for 07; may be left out for 02–06, where the code fixes it
 * @param actionAtEnd TRANSFER, DESTROY or REVIEW
 * @param active null keeps a new rule active
 */
public record RetentionRuleRequest(String code, String heading, String title, String maintenanceCode,
		Integer retentionYears, String actionAtEnd, String legalBasis, Boolean active) {

}
