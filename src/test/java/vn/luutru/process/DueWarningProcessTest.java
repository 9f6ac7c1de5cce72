package vn.luutru.process;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;

/** {@code due-warning}: the archivists of an agency see the files coming due. */
@Deployment(resources = "bpmn/due-warning.bpmn")
class DueWarningProcessTest extends ProcessTestSupport {

	@RegisterExtension
	static final ProcessEngineCoverageExtension engine = coverage();

	@Test
	void archivistReviewsTheUpcomingDeadlinesAndTheWarningEnds() {
		ProcessInstance warning = runtimeService().startProcessInstanceByKey(ProcessKeys.DUE_WARNING, "H53.01-2025-06",
				withVariables(Variables.AGENCY_CODE, "H53.01", Variables.SWEEP_ID, 7L));

		BpmnAwareTests.assertThat(warning).isWaitingAtExactly("Task_ReviewUpcomingDeadlines");
		BpmnAwareTests.assertThat(task("Task_ReviewUpcomingDeadlines", warning))
			.hasCandidateGroup("archivist")
			.hasFormKey("embedded:/forms/upcoming-deadlines.html")
			.isNotAssigned();
		complete(task("Task_ReviewUpcomingDeadlines", warning));

		BpmnAwareTests.assertThat(warning).hasPassed("EndEvent_DeadlinesReviewed").isEnded();
		verify(this.taskAuditListener).notify(any());
	}

}
