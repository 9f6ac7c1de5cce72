package vn.luutru.schedule;

import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks one planned file as a person wrote it, through the API or in an imported sheet.
 */
final class FilePlanItemCheck {

	static final int MIN_YEAR = 1900;

	static final int MAX_YEAR = 2100;

	/**
	 * Decree 30/2020 Annex V: an Arabic serial and the abbreviation of the main heading,
	 * e.g. 01.TCCB, upper case (Đ included); 20 characters in all (Annex VI
	 * FileNotation).
	 */
	static final Pattern NOTATION = Pattern.compile("\\d{1,4}\\.[A-ZĐ0-9-]{1,15}");

	private FilePlanItemCheck() {
	}

	/** The row to write, without agency and rule id; complete only when no problem. */
	static FilePlanItemRow check(FilePlanItemRequest request, Fields fields) {
		FilePlanItemRow row = new FilePlanItemRow();
		row.planYear = year(request.planYear(), fields);
		row.fileNotation = fields.text("fileNotation", request.fileNotation(), 20, true);
		if (row.fileNotation != null && !fields.has("fileNotation") && !NOTATION.matcher(row.fileNotation).matches()) {
			fields.add("fileNotation", "error.schedule.fileNotation");
		}
		row.heading = fields.text("heading", request.heading(), 255, true);
		row.title = fields.text("title", request.title(), 1000, true);
		row.retentionRuleCode = fields.text("retentionRuleCode", request.retentionRuleCode(), 20, true);
		row.creator = fields.text("creator", request.creator(), 100, false);
		row.notes = fields.text("notes", request.notes(), 500, false);
		return row;
	}

	static Integer year(Integer year, Fields fields) {
		if (year == null) {
			fields.add("planYear", "error.required");
		}
		else if (year < MIN_YEAR || year > MAX_YEAR) {
			fields.add("planYear", "error.schedule.yearRange", MIN_YEAR, MAX_YEAR);
		}
		return year;
	}

	/**
	 * Sets the rule the row names. A new assignment needs an active rule; an item keeps a
	 * rule that was deactivated after it was planned.
	 */
	static void resolveRule(FilePlanItemRow row, Function<String, RetentionRule> rules, Long currentRuleId,
			Fields fields) {
		if (row.retentionRuleCode == null || fields.has("retentionRuleCode")) {
			return;
		}
		RetentionRule rule = rules.apply(row.retentionRuleCode);
		if (rule == null) {
			fields.add("retentionRuleCode", "error.schedule.unknownRule", row.retentionRuleCode);
		}
		else if (!rule.active() && !rule.id().equals(currentRuleId)) {
			fields.add("retentionRuleCode", "error.schedule.ruleInactive", row.retentionRuleCode);
		}
		else {
			row.retentionRuleId = rule.id();
		}
	}

}
