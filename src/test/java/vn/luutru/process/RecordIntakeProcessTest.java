package vn.luutru.process;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * {@code record-intake}: rows checked; with refused rows a clerk captures the good ones
 * or cancels; the good rows are captured chunk after chunk, each chunk an async step,
 * until none is left; then the files get their history.
 */
@Deployment(resources = "bpmn/record-intake.bpmn")
class RecordIntakeProcessTest extends ProcessTestSupport {

	@RegisterExtension
	static final ProcessEngineCoverageExtension engine = coverage();

	final JavaDelegate validate = delegate("validateIntakeRowsDelegate");

	final JavaDelegate captureValid = delegate("captureValidRowsDelegate");

	final JavaDelegate cancel = delegate("cancelIntakeDelegate");

	final JavaDelegate openFiles = delegate("openIntakeFilesDelegate");

	final JavaDelegate captureChunk = delegate("captureIntakeChunkDelegate");

	final JavaDelegate finish = delegate("finishIntakeDelegate");

	private final Deque<Integer> rowsLeft = new ArrayDeque<>();

	@BeforeEach
	void chunksLeaveRows() throws Exception {
		doAnswer((invocation) -> {
			DelegateExecution execution = invocation.getArgument(0);
			execution.setVariable(IntakeVariables.ROWS_LEFT, this.rowsLeft.pop());
			return null;
		}).when(this.captureChunk).execute(any());
	}

	private void validatesWith(int badRows) throws Exception {
		doAnswer((invocation) -> {
			DelegateExecution execution = invocation.getArgument(0);
			execution.setVariable(IntakeVariables.BAD_ROWS, badRows);
			return null;
		}).when(this.validate).execute(any());
	}

	private static ProcessInstance start() {
		ProcessInstance intake = runtimeService().startProcessInstanceByKey(ProcessKeys.RECORD_INTAKE, "NHAP-7",
				withVariables(IntakeVariables.INTAKE_ID, 7L, Variables.AGENCY_CODE, "H53.01"));
		BpmnAwareTests.assertThat(intake).isWaitingAt("Task_ValidateRows");
		execute(job("Task_ValidateRows", intake));
		return intake;
	}

	/** Runs the chunk steps, one async job each, until the intake moves past them. */
	private static int runChunks(ProcessInstance intake) {
		int chunks = 0;
		while (isWaitingAt(intake, "Task_CaptureChunk")) {
			execute(job("Task_CaptureChunk", intake));
			chunks++;
		}
		return chunks;
	}

	private static boolean isWaitingAt(ProcessInstance intake, String activity) {
		return runtimeService().getActiveActivityIds(intake.getId()).contains(activity);
	}

	@Test
	void allRowsGoodAreCapturedInChunksThenTheFilesGetTheirHistory() throws Exception {
		validatesWith(0);
		this.rowsLeft.addAll(List.of(4, 2, 0));
		ProcessInstance intake = start();
		BpmnAwareTests.assertThat(intake).isWaitingAt("Task_OpenFiles");
		execute(job("Task_OpenFiles", intake));
		org.assertj.core.api.Assertions.assertThat(runChunks(intake)).isEqualTo(3);
		execute(job("Task_FinishIntake", intake));
		BpmnAwareTests.assertThat(intake).hasPassed("EndEvent_IntakeCaptured").isEnded();
		verify(this.captureChunk, times(3)).execute(any());
		verify(this.finish).execute(any());
		verify(this.captureValid, never()).execute(any());
	}

	@Test
	void withRefusedRowsTheClerkCapturesTheGoodOnes() throws Exception {
		validatesWith(2);
		this.rowsLeft.add(0);
		ProcessInstance intake = start();
		BpmnAwareTests.assertThat(intake).isWaitingAtExactly("Task_FixRejectedRows");
		BpmnAwareTests.assertThat(task("Task_FixRejectedRows", intake))
			.hasCandidateGroup("clerk")
			.hasCandidateGroup("archivist")
			.hasFormKey("embedded:/forms/fix-intake-rows.html");
		complete(task("Task_FixRejectedRows", intake),
				withVariables(IntakeVariables.INTAKE_DECISION, IntakeVariables.CAPTURE_VALID));
		verify(this.captureValid).execute(any());
		execute(job("Task_OpenFiles", intake));
		runChunks(intake);
		execute(job("Task_FinishIntake", intake));
		BpmnAwareTests.assertThat(intake).hasPassed("Task_CaptureValidRows", "EndEvent_IntakeCaptured").isEnded();
		verify(this.taskInputCheckListener).notify(any());
		verify(this.taskAuditListener).notify(any());
	}

	@Test
	void withRefusedRowsTheClerkCancelsAndNothingIsCaptured() throws Exception {
		validatesWith(1);
		ProcessInstance intake = start();
		complete(task("Task_FixRejectedRows", intake),
				withVariables(IntakeVariables.INTAKE_DECISION, IntakeVariables.CANCEL));
		execute(job("Task_CancelIntake", intake));
		BpmnAwareTests.assertThat(intake).hasPassed("EndEvent_IntakeCancelled").isEnded();
		verify(this.cancel).execute(any());
		verify(this.openFiles, never()).execute(any());
		verify(this.captureChunk, never()).execute(any());
	}

}
