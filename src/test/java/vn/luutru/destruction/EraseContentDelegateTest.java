package vn.luutru.destruction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

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

	private final EraseContentDelegate delegate = new EraseContentDelegate(this.destruction);

	@Test
	void erasesTheBatchAndRecordsHowManyFilesWereDestroyed() {
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(9L);
		when(this.destruction.erase(9L)).thenReturn(6);

		this.delegate.execute(this.execution);

		verify(this.destruction).erase(9L);
		verify(this.execution).setVariable("filesDestroyed", 6);
	}

	@Test
	void aFailedErasurePropagatesForTheJobToRetry() {
		IllegalStateException down = new IllegalStateException("content store unavailable");
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(9L);
		when(this.destruction.erase(9L)).thenThrow(down);

		assertThatThrownBy(() -> this.delegate.execute(this.execution)).isSameAs(down);
		verify(this.execution, never()).setVariable(anyString(), any());
	}

}
