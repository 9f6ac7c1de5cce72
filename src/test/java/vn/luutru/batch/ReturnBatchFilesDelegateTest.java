package vn.luutru.batch;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import vn.luutru.process.Variables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * {@code Task_ReturnFiles}: a rejected batch sends its files back, each showing why.
 */
class ReturnBatchFilesDelegateTest {

	private final BatchService batches = mock(BatchService.class);

	private final DelegateExecution execution = mock(DelegateExecution.class);

	private final ReturnBatchFilesDelegate delegate = new ReturnBatchFilesDelegate(this.batches);

	@Test
	void returnsEveryFileWithTheReviewersComment() {
		given(Variables.BATCH_ID, 7L);
		given(Variables.COMMENT, "Thiếu hồ sơ năm 2014");
		when(this.batches.returnAll(7L, BatchStatus.REJECTED, "Thiếu hồ sơ năm 2014")).thenReturn(12);

		this.delegate.execute(this.execution);

		verify(this.batches).returnAll(7L, BatchStatus.REJECTED, "Thiếu hồ sơ năm 2014");
		verify(this.execution).setVariable("filesReturned", 12);
	}

	@Test
	void withoutACommentTheFilesSayTheyWereNotApproved() {
		given(Variables.BATCH_ID, 7L);
		when(this.batches.returnAll(7L, BatchStatus.REJECTED, "Không được duyệt / Not approved")).thenReturn(3);

		this.delegate.execute(this.execution);

		verify(this.execution).setVariable("filesReturned", 3);
	}

	@Test
	void aFixityMismatchIsRecordedBesideTheArchivistsComment() {
		given(Variables.BATCH_ID, 7L);
		given(Variables.COMMENT, "Đã báo đơn vị");
		given(Variables.FIXITY_REPORT, "STORE 000.00.06.H53.2015.1.VP.01 ab12 ≠ cd34");
		String both = "Đã báo đơn vị\nSai mã kiểm tra / checksum mismatch: STORE 000.00.06.H53.2015.1.VP.01 ab12 ≠ cd34";
		when(this.batches.returnAll(7L, BatchStatus.REJECTED, both)).thenReturn(4);

		this.delegate.execute(this.execution);

		verify(this.batches).returnAll(7L, BatchStatus.REJECTED, both);
		verify(this.execution).setVariable("filesReturned", 4);
	}

	@Test
	void aFixityMismatchWithoutACommentIsTheReasonAlone() {
		given(Variables.BATCH_ID, 7L);
		given(Variables.FIXITY_REPORT, "STORE 000.00.06.H53.2015.1.VP.01 ab12 ≠ cd34");

		this.delegate.execute(this.execution);

		verify(this.batches).returnAll(7L, BatchStatus.REJECTED,
				"Sai mã kiểm tra / checksum mismatch: STORE 000.00.06.H53.2015.1.VP.01 ab12 ≠ cd34");
	}

	@Test
	void aLongFixityReportIsCutToTheNoteButTheCommentStaysWhole() {
		given(Variables.BATCH_ID, 7L);
		given(Variables.COMMENT, "Kiểm tra lại kho lưu trữ");
		given(Variables.FIXITY_REPORT, "STORE x ≠ y\n".repeat(300));
		ArgumentCaptor<String> note = ArgumentCaptor.forClass(String.class);

		this.delegate.execute(this.execution);

		verify(this.batches).returnAll(eq(7L), eq(BatchStatus.REJECTED), note.capture());
		assertThat(note.getValue()).hasSize(2000)
			.startsWith("Kiểm tra lại kho lưu trữ\nSai mã kiểm tra / checksum mismatch: STORE x ≠ y")
			.endsWith("…");
	}

	@Test
	void aFailedReturnPropagatesForTheJobToRetry() {
		IllegalStateException down = new IllegalStateException("database unavailable");
		given(Variables.BATCH_ID, 7L);
		when(this.batches.returnAll(7L, BatchStatus.REJECTED, "Không được duyệt / Not approved")).thenThrow(down);

		assertThatThrownBy(() -> this.delegate.execute(this.execution)).isSameAs(down);
		verify(this.execution, never()).setVariable(anyString(), any());
	}

	private void given(String name, Object value) {
		when(this.execution.getVariable(name)).thenReturn(value);
	}

}
