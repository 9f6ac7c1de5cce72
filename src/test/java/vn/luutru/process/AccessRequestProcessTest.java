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
 * {@code access-request}: the archive decides a reader's conditional files by the
 * working-day deadline the request carries; a late decision becomes the managers' task
 * while the decision still waits.
 */
@Deployment(resources = "bpmn/access-request.bpmn")
class AccessRequestProcessTest extends ProcessTestSupport {

	@RegisterExtension
	static final ProcessEngineCoverageExtension engine = coverage();

	final JavaDelegate applyDecision = delegate("applyAccessDecisionDelegate");

	@Test
	void lateDecisionEscalatesThenTheArchiveDecides() throws Exception {
		Date due = Date.from(Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS));
		ProcessInstance request = runtimeService().startProcessInstanceByKey("access-request", "YC-7",
				withVariables("accessRequestId", 7L, Variables.AGENCY_CODE, "H53.01", "decisionDue", due));

		BpmnAwareTests.assertThat(request).isWaitingAtExactly("Task_DecideAccessRequest");
		BpmnAwareTests.assertThat(task("Task_DecideAccessRequest", request))
			.hasCandidateGroup("archivist")
			.hasCandidateGroup("historical-archive")
			.hasDueDate(due)
			.hasFormKey("embedded:/forms/decide-access-request.html");
		Job timer = job("Timer_DecisionOverdue", request);
		assertThat(timer.getDuedate()).isEqualTo(due);
		execute(timer);
		BpmnAwareTests.assertThat(request)
			.isWaitingAtExactly("Task_DecideAccessRequest", "Task_EscalateAccessDecision");
		BpmnAwareTests.assertThat(task("Task_EscalateAccessDecision", request)).hasCandidateGroup("manager");
		complete(task("Task_EscalateAccessDecision", request));
		BpmnAwareTests.assertThat(request).hasPassed("EndEvent_DecisionEscalated");
		verifyNoInteractions(this.applyDecision);

		complete(task("Task_DecideAccessRequest", request), withVariables("accessDecision", "APPROVE"));

		BpmnAwareTests.assertThat(request).hasPassed("Task_ApplyAccessDecision", "EndEvent_RequestDecided").isEnded();
		verify(this.applyDecision).execute(any());
		verify(this.taskInputCheckListener).notify(any());
	}

}
