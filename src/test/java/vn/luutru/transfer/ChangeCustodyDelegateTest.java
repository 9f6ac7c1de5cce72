package vn.luutru.transfer;

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

/** {@code Task_ChangeCustody}: the batch's files pass to the historical archive. */
class ChangeCustodyDelegateTest {

	private final TransferService transfers = mock(TransferService.class);

	private final DelegateExecution execution = mock(DelegateExecution.class);

	private final ChangeCustodyDelegate delegate = new ChangeCustodyDelegate(this.transfers);

	@Test
	void movesTheBatchAndRecordsHowManyFilesWereTransferred() {
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(7L);
		when(this.transfers.changeCustody(7L)).thenReturn(11);

		this.delegate.execute(this.execution);

		verify(this.transfers).changeCustody(7L);
		verify(this.execution).setVariable("filesTransferred", 11);
	}

	@Test
	void aMissingHistoricalArchivePropagatesAsATechnicalFailure() {
		IllegalStateException noArchive = new IllegalStateException("no agency is flagged as the historical archive");
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(7L);
		when(this.transfers.changeCustody(7L)).thenThrow(noArchive);

		assertThatThrownBy(() -> this.delegate.execute(this.execution)).isSameAs(noArchive);
		verify(this.execution, never()).setVariable(anyString(), any());
	}

}
