package vn.luutru.transfer;

import java.io.IOException;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

import vn.luutru.process.Variables;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

/** {@code Task_WriteHandoverMinutes}: the biên bản giao nhận of the batch. */
class WriteHandoverMinutesDelegateTest {

	private final TransferDocuments documents = mock(TransferDocuments.class);

	private final DelegateExecution execution = mock(DelegateExecution.class);

	private final WriteHandoverMinutesDelegate delegate = new WriteHandoverMinutesDelegate(this.documents);

	@Test
	void writesTheMinutesOfTheBatchSignedByTheOfficerWhoAccepted() throws Exception {
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(7L);
		when(this.execution.getVariable(Variables.DECIDED_BY)).thenReturn("lichsu");

		this.delegate.execute(this.execution);

		verify(this.documents).writeMinutes(7L, "lichsu");
		verifyNoMoreInteractions(this.documents);
	}

	@Test
	void aStoreFailurePropagatesForTheJobToRetry() throws Exception {
		IOException full = new IOException("No space left on device");
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(7L);
		when(this.documents.writeMinutes(7L, null)).thenThrow(full);

		assertThatThrownBy(() -> this.delegate.execute(this.execution)).isSameAs(full);
	}

}
