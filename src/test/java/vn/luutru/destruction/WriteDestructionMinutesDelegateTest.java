package vn.luutru.destruction;

import java.io.IOException;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

import vn.luutru.process.Variables;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

/** {@code Task_WriteDestructionMinutes}: the biên bản hủy of the batch. */
class WriteDestructionMinutesDelegateTest {

	private final DestructionDocuments documents = mock(DestructionDocuments.class);

	private final DelegateExecution execution = mock(DelegateExecution.class);

	private final WriteDestructionMinutesDelegate delegate = new WriteDestructionMinutesDelegate(this.documents);

	@Test
	void writesTheMinutesOfTheBatch() throws Exception {
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(9L);

		this.delegate.execute(this.execution);

		verify(this.documents).writeMinutes(9L);
		verifyNoMoreInteractions(this.documents);
	}

	@Test
	void aStoreFailurePropagatesForTheJobToRetry() throws Exception {
		IOException full = new IOException("No space left on device");
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(9L);
		when(this.documents.writeMinutes(9L)).thenThrow(full);

		assertThatThrownBy(() -> this.delegate.execute(this.execution)).isSameAs(full);
	}

}
