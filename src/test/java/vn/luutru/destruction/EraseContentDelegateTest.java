package vn.luutru.destruction;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

import vn.luutru.process.StepProgress;
import vn.luutru.process.Variables;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** {@code Task_EraseContent}: the content of the batch's files goes, the count stays. */
class EraseContentDelegateTest {

	private final DestructionService destruction = mock(DestructionService.class);

	private final DelegateExecution execution = mock(DelegateExecution.class);

	private final DelegateExecution processInstance = mock(DelegateExecution.class);

	private final EraseContentDelegate delegate = new EraseContentDelegate(this.destruction);

	@Test
	void erasesAChunkAndLoopsWhileFilesAreLeftShowingProgress() {
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(9L);
		when(this.execution.getProcessInstance()).thenReturn(this.processInstance);
		when(this.destruction.eraseChunk(9L)).thenReturn(StepProgress.filesErased(6, 10));

		this.delegate.execute(this.execution);

		verify(this.destruction).eraseChunk(9L);
		verify(this.execution).setVariable(Variables.FILES_TO_ERASE, 4L);
		verify(this.execution).setVariable("filesDestroyed", 6L);
		verify(this.processInstance)
			.setVariables(Map.of(StepProgress.DONE, 6L, StepProgress.TOTAL, 10L, StepProgress.PERCENT, 60.0,
					StepProgress.TEXT, "Đã hủy nội dung 6/10 hồ sơ / content of 6 of 10 files erased"));
	}

	@Test
	void theLastChunkEndsTheLoop() {
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(9L);
		when(this.execution.getProcessInstance()).thenReturn(this.processInstance);
		when(this.destruction.eraseChunk(9L)).thenReturn(StepProgress.filesErased(10, 10));

		this.delegate.execute(this.execution);

		verify(this.execution).setVariable(Variables.FILES_TO_ERASE, 0L);
		verify(this.execution).setVariable("filesDestroyed", 10L);
	}

	@Test
	void aFailedErasurePropagatesForTheJobToRetry() {
		IllegalStateException down = new IllegalStateException("content store unavailable");
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(9L);
		when(this.destruction.eraseChunk(9L)).thenThrow(down);

		assertThatThrownBy(() -> this.delegate.execute(this.execution)).isSameAs(down);
		verify(this.execution, never()).setVariable(anyString(), any());
	}

}
