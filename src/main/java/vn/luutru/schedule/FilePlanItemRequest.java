package vn.luutru.schedule;

/**
 * Create or change a planned file of an agency's yearly file plan.
 *
 * @param agencyCode left out: the signed-in user's own agency
 * @param fileNotation serial and abbreviation of the main heading, e.g. 01.TCCB
 * @param retentionRuleCode the item of the retention schedule that sets the period
 */
public record FilePlanItemRequest(String agencyCode, Integer planYear, String fileNotation, String heading,
		String title, String retentionRuleCode, String creator, String notes) {

}
