package vn.luutru.batch;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.luutru.common.FieldProblem;
import vn.luutru.common.InvalidInputException;
import vn.luutru.process.TaskInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static vn.luutru.file.RecordFiles.aFile;

/** Decisions on a list: the head's approvals and the historical archive's acceptance. */
class ListDecisionCheckTest {

	private final BatchService batches = mock(BatchService.class);

	private final ListDecisionCheck check = new ListDecisionCheck(this.batches);

	@Test
	void guardsTheTransferListDecisions() {
		// the destruction decision also names its decision: DestructionDecisionCheck
		assertThat(this.check.taskKeys()).containsExactlyInAnyOrder("Task_ApproveTransferList", "Task_AcceptTransfer");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Task_ApproveTransferList", "Task_AcceptTransfer" })
	void approvalNeedsNoComment(String task) {
		assertThatCode(() -> check(task, "decision", "APPROVE")).doesNotThrowAnyException();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "YES", "approve" })
	void refusesAnUnknownDecision(String decision) {
		assertThat(problems(() -> check("Task_AcceptTransfer", "decision", decision)))
			.containsExactly(FieldProblem.of("decision", "error.task.decision", "APPROVE, REJECT"));
	}

	@Test
	void rejectionNeedsItsReasons() {
		assertThat(problems(() -> check("Task_AcceptTransfer", "decision", "REJECT", "comment", "  ")))
			.containsExactly(FieldProblem.of("comment", "error.task.reasonRequired"));
		assertThatCode(() -> check("Task_AcceptTransfer", "decision", "REJECT", "comment", "Còn giá trị"))
			.doesNotThrowAnyException();
	}

	@Test
	void fileTakenOffATransferListMustBeOnItAndGoWithAReason() {
		when(this.batches.files(7L)).thenReturn(List.of(aFile().id(11).build(), aFile().id(12).build()));
		assertThatCode(() -> check("Task_ApproveTransferList", "decision", "APPROVE", "removedFiles",
				"[{\"fileId\":11,\"reason\":\"Còn đang sử dụng\"}]"))
			.doesNotThrowAnyException();
		assertThat(problems(() -> check("Task_ApproveTransferList", "decision", "APPROVE", "removedFiles",
				"[{\"fileId\":12,\"reason\":\"Cần bổ sung\"},{\"fileId\":99,\"reason\":\" \"},{\"reason\":\"x\"}]")))
			.containsExactly(FieldProblem.of("removedFiles[1].fileId", "error.task.notInBatch", "99"),
					FieldProblem.of("removedFiles[1].reason", "error.task.removalReason"),
					FieldProblem.of("removedFiles[2].fileId", "error.task.notInBatch", "null"));
	}

	@Test
	void removalsThatAreNotAListAreRefused() {
		assertThat(problems(() -> check("Task_ApproveTransferList", "decision", "APPROVE", "removedFiles", "{11}")))
			.containsExactly(FieldProblem.of("removedFiles", "error.format"));
	}

	@Test
	void removalsCountOnlyWhenATransferListIsApproved() {
		assertThatCode(() -> check("Task_ApproveTransferList", "decision", "REJECT", "comment", "Thiếu hồ sơ",
				"removedFiles", "{11}"))
			.doesNotThrowAnyException();
		assertThatCode(() -> check("Task_AcceptTransfer", "decision", "APPROVE", "removedFiles", "{11}"))
			.doesNotThrowAnyException();
	}

	private void check(String task, String... nameAndValue) {
		Map<String, Object> variables = new HashMap<>();
		variables.put("batchId", 7L);
		for (int i = 0; i < nameAndValue.length; i += 2) {
			variables.put(nameAndValue[i], nameAndValue[i + 1]);
		}
		this.check.check(new TaskInput(task, variables));
	}

	private static List<FieldProblem> problems(ThrowingCallable call) {
		InvalidInputException ex = catchThrowableOfType(InvalidInputException.class, call);
		assertThat(ex).as("refused").isNotNull();
		return ex.problems();
	}

}
