package vn.luutru.schedule;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks one retention rule as a person wrote it, through the API or in an imported
 * sheet, and says everything that is wrong with it: a period the code contradicts, a
 * permanent file marked for destruction, a fixed-term file marked for transfer.
 */
final class RetentionRuleCheck {

	static final int MIN_YEARS = 1;

	static final int MAX_YEARS = 100;

	/** Item numbers such as 12, 12a, I.3 or 3.1-b: no spaces. */
	private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}./-]*");

	private RetentionRuleCheck() {
	}

	/** The row to write; complete only when no problem was added. */
	static RetentionRuleRow check(RetentionRuleRequest request, Fields fields) {
		RetentionRuleRow row = new RetentionRuleRow();
		row.code = fields.text("code", request.code(), 20, true);
		if (row.code != null && !fields.has("code") && !CODE.matcher(row.code).matches()) {
			fields.add("code", "error.schedule.ruleCode");
		}
		row.heading = fields.text("heading", request.heading(), 255, false);
		row.title = fields.text("title", request.title(), 1000, true);
		row.legalBasis = fields.text("legalBasis", request.legalBasis(), 500, false);
		row.active = !Boolean.FALSE.equals(request.active());
		row.maintenanceCode = fields.text("maintenanceCode", request.maintenanceCode(), 2, true);
		if (row.maintenanceCode != null && !RetentionPeriod.isKnownCode(row.maintenanceCode)) {
			fields.add("maintenanceCode", "error.schedule.unknownMaintenanceCode", row.maintenanceCode);
			row.maintenanceCode = null;
		}
		row.retentionYears = years(row.maintenanceCode, request.retentionYears(), fields);
		row.actionAtEnd = action(request.actionAtEnd(), fields);
		if (row.maintenanceCode != null && row.actionAtEnd != null) {
			boolean permanent = RetentionPeriod.PERMANENT.equals(row.maintenanceCode);
			if (permanent && row.actionAtEnd == DispositionAction.DESTROY) {
				fields.add("actionAtEnd", "error.schedule.destroyPermanent");
			}
			else if (!permanent && row.actionAtEnd == DispositionAction.TRANSFER) {
				fields.add("actionAtEnd", "error.schedule.transferNeedsPermanent");
			}
		}
		return row;
	}

	private static Integer years(String code, Integer years, Fields fields) {
		if (code == null) {
			return years;
		}
		if (RetentionPeriod.PERMANENT.equals(code)) {
			if (years != null) {
				fields.add("retentionYears", "error.schedule.yearsWithPermanent");
			}
			return null;
		}
		if (RetentionPeriod.OTHER.equals(code)) {
			if (years == null) {
				fields.add("retentionYears", "error.schedule.yearsRequired", MIN_YEARS, MAX_YEARS);
			}
			else if (years < MIN_YEARS || years > MAX_YEARS) {
				fields.add("retentionYears", "error.schedule.yearsRange", MIN_YEARS, MAX_YEARS);
			}
			return years;
		}
		Optional<Integer> fixed = RetentionPeriod.fixedYears(code);
		if (years != null && fixed.isPresent() && !fixed.get().equals(years)) {
			fields.add("retentionYears", "error.schedule.yearsContradictCode", code, fixed.get(), years);
		}
		return fixed.orElse(years);
	}

	private static DispositionAction action(String value, Fields fields) {
		String clean = fields.text("actionAtEnd", value, Integer.MAX_VALUE, true);
		if (clean == null) {
			return null;
		}
		Optional<DispositionAction> action = DispositionAction.fromText(clean);
		if (action.isEmpty()) {
			fields.add("actionAtEnd", "error.schedule.unknownAction");
		}
		return action.orElse(null);
	}

}
