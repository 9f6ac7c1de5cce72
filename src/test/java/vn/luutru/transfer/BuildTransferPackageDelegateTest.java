package vn.luutru.transfer;

import java.io.IOException;
import java.util.Optional;

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

/** {@code Task_BuildTransferPackage}: the package's checksum goes with the process. */
class BuildTransferPackageDelegateTest {

	private static final String SHA256 = "3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea";

	private final TransferPackaging packaging = mock(TransferPackaging.class);

	private final DelegateExecution execution = mock(DelegateExecution.class);

	private final BuildTransferPackageDelegate delegate = new BuildTransferPackageDelegate(this.packaging);

	@Test
	void buildsThePackageOfTheBatchAndKeepsItsChecksum() throws Exception {
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(7L);
		when(this.packaging.build(7L)).thenReturn(Optional.of(SHA256));

		this.delegate.execute(this.execution);

		verify(this.packaging).build(7L);
		verify(this.execution).setVariable("packageSha256", SHA256);
	}

	@Test
	void aListWhoseFilesWereAllHeldEndsTheBatchWithoutAPackage() throws Exception {
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(7L);
		when(this.packaging.build(7L)).thenReturn(Optional.empty());

		assertThatThrownBy(() -> this.delegate.execute(this.execution)).isInstanceOf(BpmnError.class)
			.extracting((e) -> ((BpmnError) e).getErrorCode())
			.isEqualTo(Decisions.ERROR_BATCH_EMPTY);
		verify(this.execution, never()).setVariable(anyString(), any());
	}

	@Test
	void aStoreFailurePropagatesForTheJobToRetry() throws Exception {
		IOException full = new IOException("No space left on device");
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(7L);
		when(this.packaging.build(7L)).thenThrow(full);

		assertThatThrownBy(() -> this.delegate.execute(this.execution)).isSameAs(full);
		verify(this.execution, never()).setVariable(anyString(), any());
	}

}
