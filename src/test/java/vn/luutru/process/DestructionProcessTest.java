package vn.luutru.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.BpmnError;
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
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * {@code destruction}: the council reviews the list, the head decides, and within 15 days
 * the content is erased and the minutes written.
 */
@Deployment(resources = "bpmn/destruction.bpmn")
class DestructionProcessTest extends ProcessTestSupport {

	static final long BATCH_ID = 9L;

	static final String COUNCIL_DECISIONS = "[{\"fileId\":21,\"decision\":\"DESTROY\"},"
			+ "{\"fileId\":22,\"decision\":\"EXTEND\",\"years\":5}]";

	@RegisterExtension
	static final ProcessEngineCoverageExtension engine = coverage();

	final JavaDelegate buildDestructionList = delegate("buildDestructionListDelegate");

	final JavaDelegate applyCouncilDecisions = delegate("applyCouncilDecisionsDelegate");

	final JavaDelegate recheckHolds = delegate("recheckDestructionHoldsDelegate");

	final JavaDelegate eraseContent = delegate("eraseContentDelegate");

	final JavaDelegate writeDestructionMinutes = delegate("writeDestructionMinutesDelegate");

	final JavaDelegate returnFiles = delegate("returnBatchFilesDelegate");

	/** Files still proposed for destruction once the council has decided. */
	private int filesLeftByCouncil = 4;

	/** Files still free of holds when the head's decision is carried out. */
	private int filesLeftByRecheck = 4;

	/** What the delegates saw when they ran, by delegate. */
	private final Map<String, Map<String, Object>> seen = new HashMap<>();

	@BeforeEach
	void delegatesCountTheFilesLeft() throws Exception {
		doAnswer((invocation) -> {
			DelegateExecution execution = invocation.getArgument(0);
			this.seen.put("applyCouncilDecisions", execution.getVariables());
			execution.setVariable(Variables.FILES_LEFT, this.filesLeftByCouncil);
			return null;
		}).when(this.applyCouncilDecisions).execute(any());
		doAnswer((invocation) -> {
			DelegateExecution execution = invocation.getArgument(0);
			execution.setVariable(Variables.FILES_LEFT, this.filesLeftByRecheck);
			return null;
		}).when(this.recheckHolds).execute(any());
		erasureWorks();
	}

	@Test
	void councilAndHeadApprovalEraseTheContentAndWriteTheMinutes() throws Exception {
		ProcessInstance destruction = startDestruction();
		councilDecides(destruction);
		BpmnAwareTests.assertThat(task("Task_ApproveDestruction", destruction))
			.hasCandidateGroup("agency-head")
			.hasFormKey("embedded:/forms/approve-destruction.html");
		complete(task("Task_ApproveDestruction", destruction), withVariables(Variables.DECISION, Decisions.APPROVE));

		carriedOut(destruction);
		BpmnAwareTests.assertThat(destruction)
			.hasPassedInOrder("Task_BuildDestructionList", "Task_CouncilReview", "Task_ApplyCouncilDecisions",
					"Task_ApproveDestruction", "Task_RecheckHolds", "Task_EraseContent", "Task_WriteDestructionMinutes",
					"EndEvent_ContentErased", "EndEvent_FilesDestroyed")
			.hasNotPassed("Task_ReturnFiles", "Task_EscalateDestruction")
			.isEnded();
		assertThat(this.seen.get("applyCouncilDecisions")).containsEntry(Variables.COUNCIL_DECISIONS, COUNCIL_DECISIONS)
			.containsEntry(Variables.BATCH_ID, BATCH_ID);
		BpmnAwareTests.assertThat(destruction).variables().containsEntry("filesDestroyed", 4);
		verifyNoInteractions(this.returnFiles);
	}

	@Test
	void councilKeepingEveryFileEndsWithAllExtended() throws Exception {
		this.filesLeftByCouncil = 0;
		ProcessInstance destruction = startDestruction();
		councilDecides(destruction);

		BpmnAwareTests.assertThat(destruction)
			.hasPassedInOrder("Task_ApplyCouncilDecisions", "Gateway_AnythingToDestroy", "EndEvent_AllExtended")
			.hasNotPassed("Task_ApproveDestruction", "SubProcess_CarryOutDestruction")
			.isEnded();
		verifyNoInteractions(this.recheckHolds, this.eraseContent, this.returnFiles);
	}

	@Test
	void headRejectionReturnsFilesToTheAgencyArchive() throws Exception {
		ProcessInstance destruction = startDestruction();
		councilDecides(destruction);
		complete(task("Task_ApproveDestruction", destruction),
				withVariables(Variables.DECISION, Decisions.REJECT, Variables.COMMENT, "Cần xin ý kiến Sở Nội vụ"));

		BpmnAwareTests.assertThat(destruction)
			.hasPassedInOrder("Task_ApproveDestruction", "Task_ReturnFiles", "EndEvent_DestructionRejected")
			.hasNotPassed("SubProcess_CarryOutDestruction")
			.isEnded();
		verify(this.returnFiles).execute(any());
		verifyNoInteractions(this.recheckHolds, this.eraseContent, this.writeDestructionMinutes);
	}

	@Test
	void holdPlacedWhileDecidingKeepsItsFileAndTheRestIsErased() throws Exception {
		this.filesLeftByRecheck = 3;
		ProcessInstance destruction = startDestruction();
		councilDecides(destruction);
		complete(task("Task_ApproveDestruction", destruction), withVariables(Variables.DECISION, Decisions.APPROVE));

		carriedOut(destruction);
		BpmnAwareTests.assertThat(destruction).hasPassed("EndEvent_FilesDestroyed").isEnded();
		assertThat(this.seen.get("eraseContent")).containsEntry(Variables.FILES_LEFT, 3);
		BpmnAwareTests.assertThat(destruction).variables().containsEntry("filesDestroyed", 3);
		InOrder order = inOrder(this.applyCouncilDecisions, this.recheckHolds, this.eraseContent,
				this.writeDestructionMinutes);
		order.verify(this.applyCouncilDecisions).execute(any());
		order.verify(this.recheckHolds).execute(any());
		order.verify(this.eraseContent).execute(any());
		order.verify(this.writeDestructionMinutes).execute(any());
	}

	@Test
	void everyFileHeldBeforeErasureEndsWithNothingDestroyed() throws Exception {
		doAnswer((invocation) -> {
			throw new BpmnError(Decisions.ERROR_BATCH_EMPTY);
		}).when(this.recheckHolds).execute(any());
		ProcessInstance destruction = startDestruction();
		councilDecides(destruction);
		complete(task("Task_ApproveDestruction", destruction), withVariables(Variables.DECISION, Decisions.APPROVE));
		execute(job("Task_RecheckHolds", destruction));

		BpmnAwareTests.assertThat(destruction)
			.hasPassed("Error_NothingToDestroy", "EndEvent_NothingToDestroy")
			.hasNotPassed("Task_EraseContent", "EndEvent_FilesDestroyed")
			.isEnded();
		verifyNoInteractions(this.eraseContent, this.writeDestructionMinutes);
	}

	@Test
	void councilReviewWaitingTooLongIsEscalatedToManagersWhileTheCouncilKeepsTheTask() throws Exception {
		ProcessInstance destruction = startDestruction();
		escalatesToManagers(destruction, "Timer_CouncilWaiting", TestLifecycleSettings.APPROVAL_ESCALATION,
				"Task_EscalateCouncilReview", "EndEvent_CouncilEscalated", "Task_CouncilReview");

		this.filesLeftByCouncil = 0;
		councilDecides(destruction);
		BpmnAwareTests.assertThat(destruction).hasPassed("EndEvent_AllExtended").isEnded();
	}

	@Test
	void headDecisionWaitingTooLongIsEscalatedToManagersWhileTheHeadKeepsTheTask() throws Exception {
		ProcessInstance destruction = startDestruction();
		councilDecides(destruction);
		escalatesToManagers(destruction, "Timer_DecisionWaiting", TestLifecycleSettings.APPROVAL_ESCALATION,
				"Task_EscalateDestructionDecision", "EndEvent_DecisionEscalated", "Task_ApproveDestruction");

		complete(task("Task_ApproveDestruction", destruction), withVariables(Variables.DECISION, Decisions.REJECT));
		BpmnAwareTests.assertThat(destruction).hasPassed("EndEvent_DestructionRejected").isEnded();
	}

	@Test
	void destructionNotDoneWithinFifteenDaysIsEscalatedWhileErasureKeepsRetrying() throws Exception {
		ProcessInstance destruction = startDestruction();
		councilDecides(destruction);
		complete(task("Task_ApproveDestruction", destruction), withVariables(Variables.DECISION, Decisions.APPROVE));
		execute(job("Task_RecheckHolds", destruction));

		// A technical failure is no business outcome: the job retries and the process
		// waits.
		doThrow(new IllegalStateException("content store unavailable")).when(this.eraseContent).execute(any());
		assertThatThrownBy(() -> execute(job("Task_EraseContent", destruction)))
			.hasMessageContaining("content store unavailable");
		assertThat(job("Task_EraseContent", destruction).getRetries()).isEqualTo(2);

		escalatesToManagers(destruction, "Timer_DestructionDeadline", TestLifecycleSettings.DESTRUCTION_DEADLINE,
				"Task_EscalateDestruction", "EndEvent_DestructionEscalated", "SubProcess_CarryOutDestruction",
				"Task_EraseContent");

		// The content store is back: the next try erases and the destruction completes.
		erasureWorks();
		execute(job("Task_EraseContent", destruction));
		execute(job("Task_WriteDestructionMinutes", destruction));
		BpmnAwareTests.assertThat(destruction).hasPassed("EndEvent_FilesDestroyed").isEnded();
		BpmnAwareTests.assertThat(destruction).variables().containsEntry("filesDestroyed", 4);
	}

	/** One chunk erases everything unless a test makes the chunks smaller. */
	private int erasedPerChunk = Integer.MAX_VALUE;

	private void erasureWorks() throws Exception {
		int[] destroyed = { 0 };
		doAnswer((invocation) -> {
			DelegateExecution execution = invocation.getArgument(0);
			this.seen.put("eraseContent", execution.getVariables());
			int left = (Integer) execution.getVariable(Variables.FILES_LEFT);
			destroyed[0] = Math.min(left, destroyed[0] + this.erasedPerChunk);
			execution.setVariable("filesDestroyed", destroyed[0]);
			execution.setVariable(Variables.FILES_TO_ERASE, left - destroyed[0]);
			return null;
		}).when(this.eraseContent).execute(any());
	}

	@Test
	void aLargeBatchIsErasedInChunksEachItsOwnStep() throws Exception {
		this.erasedPerChunk = 3;
		this.filesLeftByRecheck = 7;
		ProcessInstance destruction = startDestruction();
		councilDecides(destruction);
		complete(task("Task_ApproveDestruction", destruction), withVariables(Variables.DECISION, Decisions.APPROVE));
		execute(job("Task_RecheckHolds", destruction));

		for (int chunk = 1; chunk <= 3; chunk++) {
			BpmnAwareTests.assertThat(destruction)
				.as("chunk %d waits as a job of its own", chunk)
				.isWaitingAtExactly("SubProcess_CarryOutDestruction", "Task_EraseContent");
			execute(job("Task_EraseContent", destruction));
		}

		BpmnAwareTests.assertThat(destruction)
			.isWaitingAtExactly("SubProcess_CarryOutDestruction", "Task_WriteDestructionMinutes");
		verify(this.eraseContent, times(3)).execute(any());
		BpmnAwareTests.assertThat(destruction).variables().containsEntry("filesDestroyed", 7);
	}

	@Test
	void batchWhoseFilesAllLeftBeforeListingEndsWithNothingToList() throws Exception {
		doThrow(new BpmnError(Decisions.ERROR_BATCH_EMPTY)).when(this.buildDestructionList).execute(any());
		ProcessInstance destruction = runtimeService().startProcessInstanceByKey(ProcessKeys.DESTRUCTION,
				"HUY-2025-0010", withVariables(Variables.BATCH_ID, BATCH_ID, Variables.BATCH_CODE, "HUY-2025-0010"));
		execute(job("Task_BuildDestructionList", destruction));

		BpmnAwareTests.assertThat(destruction).hasPassed("EndEvent_NothingToList").isEnded();
		verifyNoInteractions(this.applyCouncilDecisions, this.eraseContent, this.returnFiles);
	}

	private ProcessInstance startDestruction() throws Exception {
		ProcessInstance destruction = runtimeService().startProcessInstanceByKey(ProcessKeys.DESTRUCTION,
				"HUY-2025-0009", withVariables(Variables.BATCH_ID, BATCH_ID, Variables.BATCH_CODE, "HUY-2025-0009"));
		BpmnAwareTests.assertThat(destruction).isWaitingAtExactly("Task_BuildDestructionList");
		execute(job("Task_BuildDestructionList", destruction));
		BpmnAwareTests.assertThat(destruction).isWaitingAtExactly("Task_CouncilReview");
		BpmnAwareTests.assertThat(task("Task_CouncilReview", destruction))
			.hasCandidateGroup("council")
			.hasFormKey("embedded:/forms/council-review.html");
		return destruction;
	}

	private void councilDecides(ProcessInstance destruction) {
		complete(task("Task_CouncilReview", destruction),
				withVariables(Variables.COUNCIL_DECISIONS, COUNCIL_DECISIONS));
	}

	private void carriedOut(ProcessInstance destruction) throws Exception {
		BpmnAwareTests.assertThat(destruction)
			.isWaitingAtExactly("SubProcess_CarryOutDestruction", "Task_RecheckHolds");
		execute(job("Task_RecheckHolds", destruction));
		BpmnAwareTests.assertThat(destruction)
			.isWaitingAtExactly("SubProcess_CarryOutDestruction", "Task_EraseContent");
		execute(job("Task_EraseContent", destruction));
		BpmnAwareTests.assertThat(destruction)
			.isWaitingAtExactly("SubProcess_CarryOutDestruction", "Task_WriteDestructionMinutes");
		execute(job("Task_WriteDestructionMinutes", destruction));
	}

}
