package vn.luutru.report.monthly;

import java.time.YearMonth;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.Variables;

/**
 * {@code Task_RecordReportsSent} of {@code monthly-report}: the manager who completed the
 * review ({@code decidedBy}) sent the month's reports.
 */
@Component("recordMonthlyReportsSentDelegate")
class RecordMonthlyReportsSentDelegate implements JavaDelegate {

	private final MonthlyReports reports;

	RecordMonthlyReportsSentDelegate(MonthlyReports reports) {
		this.reports = reports;
	}

	@Override
	public void execute(DelegateExecution execution) {
		YearMonth month = YearMonth.parse((String) execution.getVariable(GenerateMonthlyReportsDelegate.REPORT_MONTH));
		this.reports.markSent(month, (String) execution.getVariable(Variables.DECIDED_BY));
	}

}
