package vn.luutru.transfer;

import java.io.IOException;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

import vn.luutru.process.Decisions;
import vn.luutru.process.Variables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * {@code Task_BuildTransferList}: a batch with nothing left to list ends on
 * {@code Error_NothingToList}.
 */
class BuildTransferListDelegateTest {

	private final TransferDocuments documents = mock(TransferDocuments.class);

	private final DelegateExecution execution = mock(DelegateExecution.class);

	private final BuildTransferListDelegate delegate = new BuildTransferListDelegate(this.documents);

	@Test
	void buildsTheListOfTheBatch() throws Exception {
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(7L);
		when(this.documents.buildList(7L)).thenReturn("9a7c3e");

		this.delegate.execute(this.execution);

		verify(this.documents).buildList(7L);
	}

	@Test
	void anEmptyListEndsTheBatch() throws Exception {
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(7L);
		when(this.documents.buildList(7L)).thenReturn(null);

		assertThatThrownBy(() -> this.delegate.execute(this.execution)).isInstanceOfSatisfying(BpmnError.class,
				(error) -> assertThat(error.getErrorCode()).isEqualTo(Decisions.ERROR_BATCH_EMPTY));
	}

	@Test
	void aStoreFailureIsRetriedNotTakenForAnEmptyList() throws Exception {
		IOException full = new IOException("No space left on device");
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(7L);
		when(this.documents.buildList(7L)).thenThrow(full);

		assertThatThrownBy(() -> this.delegate.execute(this.execution)).isSameAs(full);
	}

}
