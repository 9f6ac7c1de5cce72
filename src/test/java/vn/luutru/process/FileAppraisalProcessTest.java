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
import org.mockito.InOrder;

import vn.luutru.common.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * {@code file-appraisal}: a closed file is checked, appraised, then deposited or
 * retained.
 */
@Deployment(resources = "bpmn/file-appraisal.bpmn")
class FileAppraisalProcessTest extends ProcessTestSupport {

	@RegisterExtension
	static final ProcessEngineCoverageExtension engine = coverage();

	final JavaDelegate checkCompleteness = delegate("checkFileCompletenessDelegate");

	final JavaDelegate depositFile = delegate("depositFileDelegate");

	final JavaDelegate retainFile = delegate("retainFileDelegate");

	/** What successive completeness checks find; the last answer repeats. */
	private final Deque<Boolean> completeness = new ArrayDeque<>(List.of(true));

	@BeforeEach
	void completenessAnswersInTurn() throws Exception {
		doAnswer((invocation) -> {
			DelegateExecution execution = invocation.getArgument(0);
			boolean complete = (this.completeness.size() > 1) ? this.completeness.poll() : this.completeness.peek();
			execution.setVariable(Variables.COMPLETE, complete);
			execution.setVariable(Variables.MISSING, complete ? "" : "Mục lục văn bản");
			return null;
		}).when(this.checkCompleteness).execute(any());
	}

	@Test
	void completeFileAppraisedForDepositEntersTheAgencyArchive() throws Exception {
		ProcessInstance file = startForFile(42L);
		BpmnAwareTests.assertThat(file).isWaitingAt("Task_CheckCompleteness");
		execute(job("Task_CheckCompleteness", file));

		BpmnAwareTests.assertThat(file).isWaitingAt("Task_AppraiseFile");
		BpmnAwareTests.assertThat(task("Task_AppraiseFile", file))
			.hasCandidateGroup("archivist")
			.hasFormKey("embedded:/forms/appraise-file.html");
		complete(task("Task_AppraiseFile", file), withVariables(Variables.APPRAISAL_DECISION, Decisions.DEPOSIT));

		BpmnAwareTests.assertThat(file).isWaitingAt("Task_DepositFile");
		execute(job("Task_DepositFile", file));
		BpmnAwareTests.assertThat(file)
			.hasPassedInOrder("Task_CheckCompleteness", "Task_AppraiseFile", "Task_DepositFile",
					"EndEvent_FileDeposited")
			.hasNotPassed("Task_RetainFile", "Task_CompleteFile")
			.isEnded();
		verify(this.depositFile).execute(any());
		verifyNoInteractions(this.retainFile);
		verify(this.taskAuditListener).notify(any());
	}

	@Test
	void inputRefusedByItsCheckKeepsTheTaskOpenAndMovesNothing() throws Exception {
		ProcessInstance file = startForFile(44L);
		execute(job("Task_CheckCompleteness", file));
		doThrow(InvalidInputException.of("retentionYears", "error.retentionYears")).when(this.taskInputCheckListener)
			.notify(any());

		assertThatThrownBy(() -> complete(task("Task_AppraiseFile", file),
				withVariables(Variables.APPRAISAL_DECISION, Decisions.DEPOSIT, Variables.MAINTENANCE_CODE, "07")))
			.hasRootCauseInstanceOf(InvalidInputException.class);

		BpmnAwareTests.assertThat(file).isWaitingAtExactly("Task_AppraiseFile");
		BpmnAwareTests.assertThat(file).variables().doesNotContainKey(Variables.MAINTENANCE_CODE);
		verifyNoInteractions(this.depositFile, this.retainFile, this.taskAuditListener);
	}

	@Test
	void completeFileRetainedByTheUnitIsNotDeposited() throws Exception {
		ProcessInstance file = startForFile(43L);
		execute(job("Task_CheckCompleteness", file));
		complete(task("Task_AppraiseFile", file), withVariables(Variables.APPRAISAL_DECISION, Decisions.RETAIN,
				Variables.RETAINED_UNTIL, "2027-12-31", Variables.RETENTION_APPROVAL, "QĐ 12/QĐ-UBND"));

		BpmnAwareTests.assertThat(file)
			.hasPassed("Task_RetainFile", "EndEvent_FileRetained")
			.hasNotPassed("Task_DepositFile")
			.isEnded();
		verify(this.retainFile).execute(any());
		verifyNoInteractions(this.depositFile);
	}

	@Test
	void incompleteFileGoesBackToTheClerkAndIsCheckedAgain() throws Exception {
		this.completeness.push(false);
		ProcessInstance file = startForFile(44L);
		execute(job("Task_CheckCompleteness", file));

		BpmnAwareTests.assertThat(file)
			.isWaitingAt("Task_CompleteFile")
			.variables()
			.containsEntry(Variables.COMPLETE, false)
			.containsEntry(Variables.MISSING, "Mục lục văn bản");
		BpmnAwareTests.assertThat(task("Task_CompleteFile", file))
			.hasCandidateGroup("clerk")
			.hasFormKey("embedded:/forms/complete-file.html");
		complete(task("Task_CompleteFile", file));

		// The check runs again in a job of its own, not in the clerk's transaction.
		BpmnAwareTests.assertThat(file).isWaitingAt("Task_CheckCompleteness");
		execute(job("Task_CheckCompleteness", file));
		complete(task("Task_AppraiseFile", file), withVariables(Variables.APPRAISAL_DECISION, Decisions.DEPOSIT));
		execute(job("Task_DepositFile", file));

		BpmnAwareTests.assertThat(file)
			.hasPassedInOrder("Task_CheckCompleteness", "Task_CompleteFile", "Task_CheckCompleteness",
					"Task_AppraiseFile", "Task_DepositFile")
			.hasPassed("EndEvent_FileDeposited")
			.isEnded();
		InOrder order = inOrder(this.checkCompleteness, this.depositFile);
		order.verify(this.checkCompleteness, times(2)).execute(any());
		order.verify(this.depositFile).execute(any());
	}

	@Test
	void appraisalWaitingTooLongIsEscalatedToManagersWhileTheArchivistKeepsTheTask() throws Exception {
		ProcessInstance file = startForFile(45L);
		execute(job("Task_CheckCompleteness", file));

		escalatesToManagers(file, "Timer_AppraisalWaiting", TestLifecycleSettings.APPROVAL_ESCALATION,
				"Task_EscalateAppraisal", "EndEvent_AppraisalEscalated", "Task_AppraiseFile");

		complete(task("Task_AppraiseFile", file), withVariables(Variables.APPRAISAL_DECISION, Decisions.RETAIN));
		BpmnAwareTests.assertThat(file).hasPassed("EndEvent_FileRetained").isEnded();
		verify(this.depositFile, never()).execute(any());
	}

	private ProcessInstance startForFile(long fileId) {
		return runtimeService().startProcessInstanceByKey(ProcessKeys.FILE_APPRAISAL, "HS-2024-" + fileId,
				withVariables(Variables.FILE_ID, fileId, Variables.FILE_CODE, "HS-2024-" + fileId));
	}

}
