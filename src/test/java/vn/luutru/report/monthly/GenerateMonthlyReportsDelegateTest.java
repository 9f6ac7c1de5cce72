package vn.luutru.report.monthly;

import java.time.YearMonth;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class GenerateMonthlyReportsDelegateTest {

	final MonthlyReports reports = mock(MonthlyReports.class);

	final DelegateExecution execution = mock(DelegateExecution.class);

	final GenerateMonthlyReportsDelegate delegate = new GenerateMonthlyReportsDelegate(this.reports);

	@Test
	void reportsOnTheMonthBeforeTheRunAndNamesItForTheTask() throws Exception {
		when(this.reports.monthBefore()).thenReturn(YearMonth.of(2026, 11));
		when(this.reports.generate(YearMonth.of(2026, 11))).thenReturn(List.of(report()));

		this.delegate.execute(this.execution);

		verify(this.execution).setVariable("reportMonth", "2026-11");
		verify(this.execution).setVariable("reportMonthLabel", "11/2026");
		verify(this.execution).setVariable("reports", 1);
		verify(this.execution).setProcessBusinessKey("bao-cao-thang-2026-11");
	}

	@Test
	void aRetryKeepsTheMonthAlreadyFixed() throws Exception {
		when(this.execution.getVariable("reportMonth")).thenReturn("2026-01");
		when(this.reports.generate(YearMonth.of(2026, 1))).thenReturn(List.of(report()));

		this.delegate.execute(this.execution);

		verify(this.reports, never()).monthBefore();
		verify(this.execution).setVariable("reportMonthLabel", "01/2026");
	}

	private static MonthlyReport report() {
		return new MonthlyReport(1L, "2026-11", MonthlyReportKind.KPI, "a".repeat(64), 10, null, null, null);
	}

}
