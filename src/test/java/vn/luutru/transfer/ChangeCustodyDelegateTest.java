package vn.luutru.transfer;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

import vn.luutru.process.Decisions;
import vn.luutru.process.Variables;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * {@code Task_ChangeCustody}: the batch's files pass to the historical archive, except
 * those put on hold after packaging; none left ends the batch.
 */
class ChangeCustodyDelegateTest {

	private final TransferService transfers = mock(TransferService.class);

	private final DelegateExecution execution = mock(DelegateExecution.class);

	private final ChangeCustodyDelegate delegate = new ChangeCustodyDelegate(this.transfers);

	@Test
	void movesTheBatchAndRecordsHowManyFilesWereTransferred() {
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(7L);
		when(this.transfers.changeCustody(7L)).thenReturn(new CustodyChange(11, 0));

		this.delegate.execute(this.execution);

		verify(this.transfers).changeCustody(7L);
		verify(this.execution).setVariable("filesTransferred", 11);
		verify(this.execution).setVariable("filesHeldBack", 0);
	}

	@Test
	void filesHeldAfterPackagingAreCountedAndTheOthersStillMove() {
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(7L);
		when(this.transfers.changeCustody(7L)).thenReturn(new CustodyChange(9, 2));

		this.delegate.execute(this.execution);

		verify(this.execution).setVariable("filesTransferred", 9);
		verify(this.execution).setVariable("filesHeldBack", 2);
	}

	@Test
	void aPackageWhoseFilesWereAllHeldEndsTheBatchWithNothingTransferred() {
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(7L);
		when(this.transfers.changeCustody(7L)).thenReturn(new CustodyChange(0, 3));

		assertThatThrownBy(() -> this.delegate.execute(this.execution)).isInstanceOf(BpmnError.class)
			.extracting((e) -> ((BpmnError) e).getErrorCode())
			.isEqualTo(Decisions.ERROR_BATCH_EMPTY);
		verify(this.execution).setVariable("filesTransferred", 0);
		verify(this.execution).setVariable("filesHeldBack", 3);
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
