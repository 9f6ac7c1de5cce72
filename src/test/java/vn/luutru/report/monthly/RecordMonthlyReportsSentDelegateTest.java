package vn.luutru.report.monthly;

import java.time.YearMonth;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class RecordMonthlyReportsSentDelegateTest {

	@Test
	void theManagerWhoCompletedTheReviewSentTheMonthsReports() {
		MonthlyReports reports = mock(MonthlyReports.class);
		DelegateExecution execution = mock(DelegateExecution.class);
		when(execution.getVariable("reportMonth")).thenReturn("2026-11");
		when(execution.getVariable("decidedBy")).thenReturn("quanly");

		new RecordMonthlyReportsSentDelegate(reports).execute(execution);

		verify(reports).markSent(YearMonth.of(2026, 11), "quanly");
	}

}
