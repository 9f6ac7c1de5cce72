package vn.luutru.destruction;

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
 * {@code Task_BuildDestructionList}: a batch with nothing left to list ends on
 * {@code Error_NothingToList}.
 */
class BuildDestructionListDelegateTest {

	private final DestructionDocuments documents = mock(DestructionDocuments.class);

	private final DelegateExecution execution = mock(DelegateExecution.class);

	private final BuildDestructionListDelegate delegate = new BuildDestructionListDelegate(this.documents);

	@Test
	void buildsTheListOfTheBatch() throws Exception {
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(9L);
		when(this.documents.buildList(9L)).thenReturn("5e1f0c");

		this.delegate.execute(this.execution);

		verify(this.documents).buildList(9L);
	}

	@Test
	void anEmptyListEndsTheBatch() throws Exception {
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(9L);
		when(this.documents.buildList(9L)).thenReturn(null);

		assertThatThrownBy(() -> this.delegate.execute(this.execution)).isInstanceOfSatisfying(BpmnError.class,
				(error) -> assertThat(error.getErrorCode()).isEqualTo(Decisions.ERROR_BATCH_EMPTY));
	}

	@Test
	void aStoreFailureIsRetriedNotTakenForAnEmptyList() throws Exception {
		IOException full = new IOException("No space left on device");
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(9L);
		when(this.documents.buildList(9L)).thenThrow(full);

		assertThatThrownBy(() -> this.delegate.execute(this.execution)).isSameAs(full);
	}

}
