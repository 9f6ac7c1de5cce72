package vn.luutru.schedule;

/**
 * A planned file of an agency's yearly file plan (danh mục hồ sơ).
 *
 * @param fileNotation the file's number and notation, e.g. 01.TCCB
 */
public record FilePlanItem(Long id, Long agencyId, int planYear, String fileNotation, String heading, String title,
		Long retentionRuleId, String creator, String notes) {

}
