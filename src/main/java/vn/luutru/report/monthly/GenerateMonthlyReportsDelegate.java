package vn.luutru.report.monthly;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * {@code Task_GenerateMonthlyReports} of {@code monthly-report}: fixes the month reported
 * on (the one before the run, once), names the run by it and generates its reports.
 */
@Component("generateMonthlyReportsDelegate")
class GenerateMonthlyReportsDelegate implements JavaDelegate {

	static final String REPORT_MONTH = "reportMonth";

	static final String REPORT_MONTH_LABEL = "reportMonthLabel";

	static final String REPORTS = "reports";

	private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MM/yyyy");

	private final MonthlyReports reports;

	GenerateMonthlyReportsDelegate(MonthlyReports reports) {
		this.reports = reports;
	}

	/** The month reported on names the run, as a batch code names a batch's. */
	static String businessKey(YearMonth month) {
		return "bao-cao-thang-" + month;
	}

	@Override
	public void execute(DelegateExecution execution) throws Exception {
		Object given = execution.getVariable(REPORT_MONTH);
		YearMonth month = (given != null) ? YearMonth.parse(given.toString()) : this.reports.monthBefore();
		int generated = this.reports.generate(month).size();
		execution.setProcessBusinessKey(businessKey(month));
		execution.setVariable(REPORT_MONTH, month.toString());
		execution.setVariable(REPORT_MONTH_LABEL, LABEL.format(month));
		execution.setVariable(REPORTS, generated);
	}

}
