package vn.luutru.transfer;

import java.util.List;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

import vn.luutru.process.Decisions;
import vn.luutru.process.Variables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * {@code Task_ApplyListChanges}: the head's removals and comment reach the service; a
 * list left empty ends on {@code Error_BatchEmpty}.
 */
class ApplyTransferListChangesDelegateTest {

	private final TransferService transfers = mock(TransferService.class);

	private final DelegateExecution execution = mock(DelegateExecution.class);

	private final ApplyTransferListChangesDelegate delegate = new ApplyTransferListChangesDelegate(this.transfers);

	@Test
	void removesTheFilesTheHeadTookOffWithTheirReasons() {
		given(Variables.BATCH_ID, 7L);
		// What approve-transfer-list.html sends.
		given(Variables.REMOVED_FILES, "[{\"fileId\":21,\"reason\":\"Còn sử dụng\"},"
				+ "{\"fileId\":22,\"reason\":\"Lãnh đạo bỏ ra khỏi danh mục\"}]");
		given(Variables.DECIDED_BY, "lanhdao.hung");
		given(Variables.COMMENT, "Duyệt, bỏ 2 hồ sơ");
		List<RemovedFile> removed = List.of(new RemovedFile(21L, "Còn sử dụng"),
				new RemovedFile(22L, "Lãnh đạo bỏ ra khỏi danh mục"));
		when(this.transfers.approveList(7L, removed, "lanhdao.hung", "Duyệt, bỏ 2 hồ sơ")).thenReturn(10);

		this.delegate.execute(this.execution);

		verify(this.transfers).approveList(7L, removed, "lanhdao.hung", "Duyệt, bỏ 2 hồ sơ");
		verify(this.execution).setVariable(Variables.FILES_LEFT, 10);
	}

	@Test
	void anApprovalWithoutRemovalsOrCommentKeepsTheWholeList() {
		given(Variables.BATCH_ID, 7L);
		given(Variables.REMOVED_FILES, "");
		given(Variables.DECIDED_BY, "lanhdao.hung");
		when(this.transfers.approveList(7L, List.of(), "lanhdao.hung", null)).thenReturn(12);

		this.delegate.execute(this.execution);

		verify(this.transfers).approveList(7L, List.of(), "lanhdao.hung", null);
		verify(this.execution).setVariable(Variables.FILES_LEFT, 12);
	}

	@Test
	void anEmptyListEndsTheBatch() {
		given(Variables.BATCH_ID, 7L);
		given(Variables.REMOVED_FILES, "[{\"fileId\":21,\"reason\":\"Còn sử dụng\"}]");
		given(Variables.DECIDED_BY, "lanhdao.hung");
		// The last file removed, or every other file put on hold meanwhile.
		when(this.transfers.approveList(7L, List.of(new RemovedFile(21L, "Còn sử dụng")), "lanhdao.hung", null))
			.thenReturn(0);

		assertThatThrownBy(() -> this.delegate.execute(this.execution)).isInstanceOfSatisfying(BpmnError.class,
				(error) -> assertThat(error.getErrorCode()).isEqualTo(Decisions.ERROR_BATCH_EMPTY));
		verify(this.execution).setVariable(Variables.FILES_LEFT, 0);
	}

	@Test
	void aListThatIsNotJsonFailsTheStepAndChangesNothing() {
		given(Variables.BATCH_ID, 7L);
		given(Variables.REMOVED_FILES, "21,22");
		given(Variables.DECIDED_BY, "lanhdao.hung");

		assertThatThrownBy(() -> this.delegate.execute(this.execution)).isInstanceOf(IllegalArgumentException.class)
			.isNotInstanceOf(BpmnError.class)
			.hasMessageStartingWith(Variables.REMOVED_FILES + " is not a JSON list");
		verifyNoInteractions(this.transfers);
	}

	@Test
	void aServiceFailurePropagatesAndIsNotTakenForAnEmptyList() {
		IllegalStateException down = new IllegalStateException("database unavailable");
		given(Variables.BATCH_ID, 7L);
		given(Variables.DECIDED_BY, "lanhdao.hung");
		when(this.transfers.approveList(7L, List.of(), "lanhdao.hung", null)).thenThrow(down);

		assertThatThrownBy(() -> this.delegate.execute(this.execution)).isSameAs(down);
		verify(this.execution, never()).setVariable(anyString(), any());
	}

	private void given(String name, Object value) {
		when(this.execution.getVariable(name)).thenReturn(value);
	}

}
