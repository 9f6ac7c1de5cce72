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
 * {@code transfer}: the agency head approves the transfer list, the historical archive
 * accepts the package, checksums are verified, custody changes hands.
 */
@Deployment(resources = "bpmn/transfer.bpmn")
class TransferProcessTest extends ProcessTestSupport {

	static final long BATCH_ID = 7L;

	@RegisterExtension
	static final ProcessEngineCoverageExtension engine = coverage();

	final JavaDelegate buildTransferList = delegate("buildTransferListDelegate");

	final JavaDelegate applyListChanges = delegate("applyTransferListChangesDelegate");

	final JavaDelegate buildTransferPackage = delegate("buildTransferPackageDelegate");

	final JavaDelegate verifyPackageFixity = delegate("verifyPackageFixityDelegate");

	final JavaDelegate changeCustody = delegate("changeCustodyDelegate");

	final JavaDelegate writeHandoverMinutes = delegate("writeHandoverMinutesDelegate");

	final JavaDelegate returnFiles = delegate("returnBatchFilesDelegate");

	/** Files the list keeps after the head's removals and the holds. */
	private int filesLeftAfterChanges = 5;

	/** What the delegates saw when they ran, by delegate. */
	private final Map<String, Map<String, Object>> seen = new HashMap<>();

	@BeforeEach
	void listChangesLeaveWhatTheHeadDidNotRemove() throws Exception {
		doAnswer((invocation) -> {
			DelegateExecution execution = invocation.getArgument(0);
			this.seen.put("applyListChanges", execution.getVariables());
			execution.setVariable(Variables.FILES_LEFT, this.filesLeftAfterChanges);
			if (this.filesLeftAfterChanges == 0) {
				throw new BpmnError(Decisions.ERROR_BATCH_EMPTY, "no file left on the transfer list");
			}
			return null;
		}).when(this.applyListChanges).execute(any());
		doAnswer((invocation) -> {
			this.seen.put("returnFiles", ((DelegateExecution) invocation.getArgument(0)).getVariables());
			return null;
		}).when(this.returnFiles).execute(any());
		int[] packaged = { 0 };
		doAnswer((invocation) -> {
			DelegateExecution execution = invocation.getArgument(0);
			packaged[0] = Math.min(this.filesLeftAfterChanges, packaged[0] + this.packagedPerChunk);
			execution.setVariable(Variables.FILES_TO_PACKAGE, this.filesLeftAfterChanges - packaged[0]);
			return null;
		}).when(this.buildTransferPackage).execute(any());
	}

	/** One chunk packages everything unless a test makes the chunks smaller. */
	private int packagedPerChunk = Integer.MAX_VALUE;

	@Test
	void aLargeBatchIsPackagedInChunksEachItsOwnStep() throws Exception {
		this.packagedPerChunk = 2;
		ProcessInstance transfer = startTransfer();
		complete(task("Task_ApproveTransferList", transfer), withVariables(Variables.DECISION, Decisions.APPROVE));

		for (int chunk = 1; chunk <= 3; chunk++) {
			BpmnAwareTests.assertThat(transfer)
				.as("chunk %d waits as a job of its own", chunk)
				.isWaitingAtExactly("Task_BuildTransferPackage");
			execute(job("Task_BuildTransferPackage", transfer));
		}

		BpmnAwareTests.assertThat(transfer).isWaitingAtExactly("Task_AcceptTransfer");
		verify(this.buildTransferPackage, times(3)).execute(any());
	}

	@Test
	void approvedListIsPackagedAcceptedVerifiedAndChangesCustody() throws Exception {
		ProcessInstance transfer = startTransfer();
		BpmnAwareTests.assertThat(task("Task_ApproveTransferList", transfer))
			.hasCandidateGroup("agency-head")
			.hasFormKey("embedded:/forms/approve-transfer-list.html");
		complete(task("Task_ApproveTransferList", transfer), withVariables(Variables.DECISION, Decisions.APPROVE));

		packagedAndAccepted(transfer);

		BpmnAwareTests.assertThat(transfer)
			.hasPassedInOrder("Task_BuildTransferList", "Task_ApproveTransferList", "Task_ApplyListChanges",
					"Task_BuildTransferPackage", "Task_AcceptTransfer", "Task_VerifyPackageFixity",
					"Task_ChangeCustody", "Task_WriteHandoverMinutes", "EndEvent_FilesTransferred")
			.hasNotPassed("Task_ReturnFiles")
			.isEnded();
		BpmnAwareTests.assertThat(transfer).variables().containsEntry(Variables.FILES_LEFT, 5);
		InOrder order = inOrder(this.buildTransferList, this.applyListChanges, this.buildTransferPackage,
				this.verifyPackageFixity, this.changeCustody, this.writeHandoverMinutes);
		order.verify(this.buildTransferList).execute(any());
		order.verify(this.applyListChanges).execute(any());
		order.verify(this.buildTransferPackage).execute(any());
		order.verify(this.verifyPackageFixity).execute(any());
		order.verify(this.changeCustody).execute(any());
		order.verify(this.writeHandoverMinutes).execute(any());
		verifyNoInteractions(this.returnFiles);
	}

	@Test
	void headRejectionReturnsFilesToTheAgencyArchive() throws Exception {
		ProcessInstance transfer = startTransfer();
		complete(task("Task_ApproveTransferList", transfer), withVariables(Variables.DECISION, Decisions.REJECT,
				Variables.COMMENT, "Thiếu hồ sơ nhiệm kỳ 2020-2025"));

		BpmnAwareTests.assertThat(transfer)
			.hasPassedInOrder("Task_ApproveTransferList", "Task_ReturnFiles", "EndEvent_TransferRejected")
			.hasNotPassed("Task_ApplyListChanges", "Task_BuildTransferPackage")
			.isEnded();
		assertThat(this.seen.get("returnFiles")).containsEntry(Variables.COMMENT, "Thiếu hồ sơ nhiệm kỳ 2020-2025");
		verifyNoInteractions(this.applyListChanges, this.buildTransferPackage, this.changeCustody);
	}

	@Test
	void historicalArchiveDecidesAfreshNotWithTheHeadsDecision() throws Exception {
		ProcessInstance transfer = startTransfer();
		complete(task("Task_ApproveTransferList", transfer),
				withVariables(Variables.DECISION, Decisions.APPROVE, Variables.COMMENT, "Đồng ý"));
		execute(job("Task_BuildTransferPackage", transfer));

		BpmnAwareTests.assertThat(transfer).variables().doesNotContainKeys(Variables.DECISION, Variables.COMMENT);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> complete(task("Task_AcceptTransfer", transfer)))
			.as("no decision, no way past the gateway")
			.isInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class);
		verifyNoInteractions(this.verifyPackageFixity, this.changeCustody);
	}

	@Test
	void historicalArchiveRejectionReturnsFilesToTheAgencyArchive() throws Exception {
		ProcessInstance transfer = startTransfer();
		complete(task("Task_ApproveTransferList", transfer), withVariables(Variables.DECISION, Decisions.APPROVE));
		execute(job("Task_BuildTransferPackage", transfer));

		BpmnAwareTests.assertThat(task("Task_AcceptTransfer", transfer))
			.hasCandidateGroup("historical-archive")
			.hasFormKey("embedded:/forms/accept-transfer.html");
		complete(task("Task_AcceptTransfer", transfer), withVariables(Variables.DECISION, Decisions.REJECT));

		BpmnAwareTests.assertThat(transfer)
			.hasPassedInOrder("Task_AcceptTransfer", "Task_ReturnFiles", "EndEvent_TransferRejected")
			.hasNotPassed("Task_VerifyPackageFixity", "Task_ChangeCustody")
			.isEnded();
		verify(this.returnFiles).execute(any());
		verifyNoInteractions(this.verifyPackageFixity, this.changeCustody, this.writeHandoverMinutes);
	}

	@Test
	void partlyApprovedListTransfersTheFilesLeftOnIt() throws Exception {
		String removed = "[{\"fileId\":11,\"reason\":\"Còn giải quyết\"},{\"fileId\":12,\"reason\":\"Mật\"}]";
		this.filesLeftAfterChanges = 3;
		ProcessInstance transfer = startTransfer();
		complete(task("Task_ApproveTransferList", transfer),
				withVariables(Variables.DECISION, Decisions.APPROVE, Variables.REMOVED_FILES, removed));

		assertThat(this.seen.get("applyListChanges")).containsEntry(Variables.REMOVED_FILES, removed)
			.containsEntry(Variables.BATCH_ID, BATCH_ID);
		BpmnAwareTests.assertThat(transfer).variables().containsEntry(Variables.FILES_LEFT, 3);
		packagedAndAccepted(transfer);
		BpmnAwareTests.assertThat(transfer).hasPassed("Task_ChangeCustody", "EndEvent_FilesTransferred").isEnded();
	}

	@Test
	void listEmptiedByRemovalsAndHoldsEndsWithNothingToTransfer() throws Exception {
		this.filesLeftAfterChanges = 0;
		ProcessInstance transfer = startTransfer();
		complete(task("Task_ApproveTransferList", transfer), withVariables(Variables.DECISION, Decisions.APPROVE,
				Variables.REMOVED_FILES, "[{\"fileId\":11,\"reason\":\"Bị phong tỏa\"}]"));

		BpmnAwareTests.assertThat(transfer)
			.hasPassedInOrder("Task_ApplyListChanges", "Error_BatchEmpty", "EndEvent_NothingToTransfer")
			.hasNotPassed("Task_BuildTransferPackage", "Task_ReturnFiles")
			.isEnded();
		verifyNoInteractions(this.buildTransferPackage, this.changeCustody, this.returnFiles);
	}

	@Test
	void fixityMismatchMovesNothing() throws Exception {
		doAnswer((invocation) -> {
			DelegateExecution execution = invocation.getArgument(0);
			execution.setVariable(Variables.FIXITY_REPORT, "HS-2020-15/3.pdf: sha-256 khác");
			throw new BpmnError(Decisions.ERROR_FIXITY_MISMATCH, "checksum mismatch");
		}).when(this.verifyPackageFixity).execute(any());
		ProcessInstance transfer = startTransfer();
		complete(task("Task_ApproveTransferList", transfer), withVariables(Variables.DECISION, Decisions.APPROVE));
		execute(job("Task_BuildTransferPackage", transfer));
		complete(task("Task_AcceptTransfer", transfer), withVariables(Variables.DECISION, Decisions.APPROVE));
		execute(job("Task_VerifyPackageFixity", transfer));

		BpmnAwareTests.assertThat(transfer)
			.hasPassed("Error_FixityMismatch")
			.isWaitingAtExactly("Task_ResolveFixityMismatch");
		BpmnAwareTests.assertThat(task("Task_ResolveFixityMismatch", transfer))
			.hasCandidateGroup("archivist")
			.hasFormKey("embedded:/forms/fixity-mismatch.html");
		complete(task("Task_ResolveFixityMismatch", transfer));

		BpmnAwareTests.assertThat(transfer)
			.hasPassedInOrder("Task_VerifyPackageFixity", "Task_ResolveFixityMismatch", "Task_ReturnFiles",
					"EndEvent_TransferRejected")
			.hasNotPassed("Task_ChangeCustody", "Task_WriteHandoverMinutes", "EndEvent_FilesTransferred")
			.isEnded();
		assertThat(this.seen.get("returnFiles")).containsEntry(Variables.FIXITY_REPORT,
				"HS-2020-15/3.pdf: sha-256 khác");
		verify(this.changeCustody, never()).execute(any());
		verify(this.writeHandoverMinutes, never()).execute(any());
	}

	@Test
	void approvedListWhoseFilesWereAllHeldBeforePackagingEndsWithNothingToPackage() throws Exception {
		doThrow(new BpmnError(Decisions.ERROR_BATCH_EMPTY, "every file on the approved list was put on hold"))
			.when(this.buildTransferPackage)
			.execute(any());
		ProcessInstance transfer = startTransfer();
		complete(task("Task_ApproveTransferList", transfer), withVariables(Variables.DECISION, Decisions.APPROVE));
		execute(job("Task_BuildTransferPackage", transfer));

		BpmnAwareTests.assertThat(transfer)
			.hasPassedInOrder("Task_ApplyListChanges", "Task_BuildTransferPackage", "Error_NothingToPackage",
					"EndEvent_NothingToPackage")
			.hasNotPassed("Task_AcceptTransfer", "Task_ReturnFiles", "EndEvent_FilesTransferred")
			.isEnded();
		verifyNoInteractions(this.verifyPackageFixity, this.changeCustody, this.writeHandoverMinutes, this.returnFiles);
	}

	@Test
	void acceptedPackageWhoseFilesWereAllHeldBeforeCustodyEndsWithoutMinutes() throws Exception {
		doThrow(new BpmnError(Decisions.ERROR_BATCH_EMPTY, "every file in the accepted package was put on hold"))
			.when(this.changeCustody)
			.execute(any());
		ProcessInstance transfer = startTransfer();
		complete(task("Task_ApproveTransferList", transfer), withVariables(Variables.DECISION, Decisions.APPROVE));
		execute(job("Task_BuildTransferPackage", transfer));
		complete(task("Task_AcceptTransfer", transfer), withVariables(Variables.DECISION, Decisions.APPROVE));
		execute(job("Task_VerifyPackageFixity", transfer));
		execute(job("Task_ChangeCustody", transfer));

		BpmnAwareTests.assertThat(transfer)
			.hasPassedInOrder("Task_VerifyPackageFixity", "Task_ChangeCustody", "Error_AllHeldBeforeCustody",
					"EndEvent_AllHeldBeforeCustody")
			.hasNotPassed("Task_WriteHandoverMinutes", "EndEvent_FilesTransferred", "Task_ReturnFiles")
			.isEnded();
		verifyNoInteractions(this.writeHandoverMinutes, this.returnFiles);
	}

	@Test
	void fixityMismatchNoteIsTheArchivistsNotTheAcceptanceComment() throws Exception {
		doAnswer((invocation) -> {
			((DelegateExecution) invocation.getArgument(0)).setVariable(Variables.FIXITY_REPORT, "STORE ab12 ≠ cd34");
			throw new BpmnError(Decisions.ERROR_FIXITY_MISMATCH, "checksum mismatch");
		}).when(this.verifyPackageFixity).execute(any());
		ProcessInstance transfer = startTransfer();
		complete(task("Task_ApproveTransferList", transfer), withVariables(Variables.DECISION, Decisions.APPROVE));
		execute(job("Task_BuildTransferPackage", transfer));
		complete(task("Task_AcceptTransfer", transfer),
				withVariables(Variables.DECISION, Decisions.APPROVE, Variables.COMMENT, "Đồng ý tiếp nhận"));
		execute(job("Task_VerifyPackageFixity", transfer));
		BpmnAwareTests.assertThat(transfer).variables().doesNotContainKey(Variables.COMMENT);

		complete(task("Task_ResolveFixityMismatch", transfer), withVariables(Variables.COMMENT, "Kiểm tra lại kho"));

		assertThat(this.seen.get("returnFiles")).containsEntry(Variables.COMMENT, "Kiểm tra lại kho")
			.containsEntry(Variables.FIXITY_REPORT, "STORE ab12 ≠ cd34");
	}

	@Test
	void headApprovalWaitingTooLongIsEscalatedToManagersWhileTheHeadKeepsTheTask() throws Exception {
		ProcessInstance transfer = startTransfer();
		escalatesToManagers(transfer, "Timer_ApprovalWaiting", TestLifecycleSettings.APPROVAL_ESCALATION,
				"Task_EscalateTransferApproval", "EndEvent_TransferEscalated", "Task_ApproveTransferList");

		complete(task("Task_ApproveTransferList", transfer), withVariables(Variables.DECISION, Decisions.REJECT));
		BpmnAwareTests.assertThat(transfer).hasPassed("EndEvent_TransferRejected").isEnded();
	}

	@Test
	void acceptanceWaitingTooLongIsEscalatedToManagersWhileTheHistoricalArchiveKeepsTheTask() throws Exception {
		ProcessInstance transfer = startTransfer();
		complete(task("Task_ApproveTransferList", transfer), withVariables(Variables.DECISION, Decisions.APPROVE));
		execute(job("Task_BuildTransferPackage", transfer));
		escalatesToManagers(transfer, "Timer_AcceptanceWaiting", TestLifecycleSettings.APPROVAL_ESCALATION,
				"Task_EscalateAcceptance", "EndEvent_AcceptanceEscalated", "Task_AcceptTransfer");

		complete(task("Task_AcceptTransfer", transfer), withVariables(Variables.DECISION, Decisions.APPROVE));
		execute(job("Task_VerifyPackageFixity", transfer));
		execute(job("Task_ChangeCustody", transfer));
		execute(job("Task_WriteHandoverMinutes", transfer));
		BpmnAwareTests.assertThat(transfer).hasPassed("EndEvent_FilesTransferred").isEnded();
	}

	@Test
	void batchWhoseFilesAllLeftBeforeListingEndsWithNothingToList() throws Exception {
		doThrow(new BpmnError(Decisions.ERROR_BATCH_EMPTY)).when(this.buildTransferList).execute(any());
		ProcessInstance transfer = runtimeService().startProcessInstanceByKey(ProcessKeys.TRANSFER, "NL-2025-0008",
				withVariables(Variables.BATCH_ID, BATCH_ID, Variables.BATCH_CODE, "NL-2025-0008"));
		execute(job("Task_BuildTransferList", transfer));

		BpmnAwareTests.assertThat(transfer).hasPassed("EndEvent_NothingToList").isEnded();
		verifyNoInteractions(this.applyListChanges, this.buildTransferPackage, this.returnFiles);
	}

	private ProcessInstance startTransfer() throws Exception {
		ProcessInstance transfer = runtimeService().startProcessInstanceByKey(ProcessKeys.TRANSFER, "NL-2025-0007",
				withVariables(Variables.BATCH_ID, BATCH_ID, Variables.BATCH_CODE, "NL-2025-0007"));
		BpmnAwareTests.assertThat(transfer).isWaitingAtExactly("Task_BuildTransferList");
		execute(job("Task_BuildTransferList", transfer));
		BpmnAwareTests.assertThat(transfer).isWaitingAtExactly("Task_ApproveTransferList");
		return transfer;
	}

	private void packagedAndAccepted(ProcessInstance transfer) throws Exception {
		BpmnAwareTests.assertThat(transfer).isWaitingAtExactly("Task_BuildTransferPackage");
		execute(job("Task_BuildTransferPackage", transfer));
		complete(task("Task_AcceptTransfer", transfer), withVariables(Variables.DECISION, Decisions.APPROVE));
		BpmnAwareTests.assertThat(transfer).isWaitingAtExactly("Task_VerifyPackageFixity");
		execute(job("Task_VerifyPackageFixity", transfer));
		execute(job("Task_ChangeCustody", transfer));
		execute(job("Task_WriteHandoverMinutes", transfer));
	}

}
