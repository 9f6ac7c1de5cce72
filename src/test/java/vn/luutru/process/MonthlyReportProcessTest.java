package vn.luutru.process;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;

/**
 * {@code monthly-report}: on the 1st of each month the reports of the month before are
 * generated, a manager reviews and sends them, and they are recorded as sent.
 */
@Deployment(resources = "bpmn/monthly-report.bpmn")
class MonthlyReportProcessTest extends ProcessTestSupport {

	@RegisterExtension
	static final ProcessEngineCoverageExtension engine = coverage();

	final JavaDelegate generate = delegate("generateMonthlyReportsDelegate");

	final JavaDelegate recordSent = delegate("recordMonthlyReportsSentDelegate");

	@BeforeEach
	void monthlyAtSixOnTheFirst() throws Exception {
		Mocks.register("monthlyReportSettings", new Settings());
		doAnswer((invocation) -> {
			DelegateExecution execution = invocation.getArgument(0);
			execution.setVariable("reportMonth", "2026-11");
			execution.setVariable("reportMonthLabel", "11/2026");
			return null;
		}).when(this.generate).execute(any());
	}

	@Test
	void firstOfTheMonthGeneratesTheReportsAndAManagerSendsThem() throws Exception {
		Job monthly = jobQuery().processDefinitionKey(ProcessKeys.MONTHLY_REPORT).timers().singleResult();
		LocalDateTime due = LocalDateTime.ofInstant(monthly.getDuedate().toInstant(), ZoneId.systemDefault());
		assertThat(due.getDayOfMonth()).isEqualTo(1);
		assertThat(due.toLocalTime()).hasToString("06:00");
		assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();

		execute(monthly);
		ProcessInstance run = runtimeService().createProcessInstanceQuery()
			.processDefinitionKey(ProcessKeys.MONTHLY_REPORT)
			.singleResult();
		BpmnAwareTests.assertThat(run).isWaitingAtExactly("Task_GenerateMonthlyReports");
		execute(job("Task_GenerateMonthlyReports", run));

		BpmnAwareTests.assertThat(run).isWaitingAtExactly("Task_ReviewAndSendReports");
		BpmnAwareTests.assertThat(task("Task_ReviewAndSendReports", run))
			.hasName("Xem và gửi báo cáo tháng 11/2026")
			.hasCandidateGroup("manager")
			.hasFormKey("embedded:/forms/send-monthly-report.html")
			.isNotAssigned();
		complete(task("Task_ReviewAndSendReports", run));

		BpmnAwareTests.assertThat(run).isWaitingAtExactly("Task_RecordReportsSent");
		execute(job("Task_RecordReportsSent", run));
		BpmnAwareTests.assertThat(run)
			.hasPassedInOrder("Task_GenerateMonthlyReports", "Task_ReviewAndSendReports", "Task_RecordReportsSent",
					"EndEvent_ReportsSent")
			.isEnded();
		InOrder order = inOrder(this.generate, this.taskAuditListener, this.recordSent);
		order.verify(this.generate).execute(any());
		order.verify(this.taskAuditListener).notify(any());
		order.verify(this.recordSent).execute(any());
		assertThat(jobQuery().processDefinitionKey(ProcessKeys.MONTHLY_REPORT).timers().count())
			.as("next month's timer waits already")
			.isOne();
	}

	/** Stands in for the monthlyReportSettings bean with the default cron. */
	public static class Settings {

		public String getCron() {
			return "0 0 6 1 * ?";
		}

	}

}
