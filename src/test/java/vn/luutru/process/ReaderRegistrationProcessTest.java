package vn.luutru.process;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * {@code reader-registration}: the historical archive approves a reader by the
 * working-day deadline of his registration; a late approval becomes the managers' task
 * while the decision still waits.
 */
@Deployment(resources = "bpmn/reader-registration.bpmn")
class ReaderRegistrationProcessTest extends ProcessTestSupport {

	@RegisterExtension
	static final ProcessEngineCoverageExtension engine = coverage();

	final JavaDelegate applyDecision = delegate("applyReaderDecisionDelegate");

	@Test
	void lateApprovalEscalatesThenTheHistoricalArchiveDecides() throws Exception {
		Date due = Date.from(Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
		ProcessInstance request = runtimeService().startProcessInstanceByKey("reader-registration", "DG-docgia1",
				withVariables("readerId", "docgia1", Variables.AGENCY_CODE, "H53.01", "decisionDue", due));

		BpmnAwareTests.assertThat(request).isWaitingAtExactly("Task_ApproveReader");
		BpmnAwareTests.assertThat(task("Task_ApproveReader", request))
			.hasCandidateGroup("historical-archive")
			.hasDueDate(due)
			.hasFormKey("embedded:/forms/approve-reader.html");
		Job timer = job("Timer_DecisionOverdue", request);
		assertThat(timer.getDuedate()).isEqualTo(due);
		execute(timer);
		BpmnAwareTests.assertThat(request).isWaitingAtExactly("Task_ApproveReader", "Task_EscalateReaderApproval");
		BpmnAwareTests.assertThat(task("Task_EscalateReaderApproval", request)).hasCandidateGroup("manager");
		complete(task("Task_EscalateReaderApproval", request));
		BpmnAwareTests.assertThat(request).hasPassed("EndEvent_DecisionEscalated");
		verifyNoInteractions(this.applyDecision);

		complete(task("Task_ApproveReader", request), withVariables("readerDecision", "APPROVE"));

		BpmnAwareTests.assertThat(request).hasPassed("Task_ApplyReaderDecision", "EndEvent_ReaderDecided").isEnded();
		verify(this.applyDecision).execute(any());
		verify(this.taskInputCheckListener).notify(any());
	}

}
