package vn.luutru.report;

import java.time.LocalDate;

import vn.luutru.common.InvalidInputException;
import vn.luutru.forms.VietnameseDates;

/**
 * The days a report covers, both included.
 *
 * @param from the first day
 * @param to the last day
 */
record ReportPeriod(LocalDate from, LocalDate to) {

	/** Longest period a report covers: a retention horizon, not an accident of typing. */
	static final int MAX_YEARS = 100;

	/** Checks the period a user asked for; the parameters are named as in the request. */
	static ReportPeriod of(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw InvalidInputException.of("to", "error.report.periodOrder", VietnameseDates.numeric(to));
		}
		if (to.isAfter(from.plusYears(MAX_YEARS))) {
			throw InvalidInputException.of("to", "error.report.periodTooLong", MAX_YEARS);
		}
		return new ReportPeriod(from, to);
	}

	/** "Từ ngày 01/01/2026 đến ngày 31/12/2026". */
	String line() {
		return "Từ ngày " + VietnameseDates.numeric(this.from) + " đến ngày " + VietnameseDates.numeric(this.to);
	}

}
