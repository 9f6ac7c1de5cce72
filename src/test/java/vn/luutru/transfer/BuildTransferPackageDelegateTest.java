package vn.luutru.transfer;

import java.io.IOException;
import java.util.Map;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

import vn.luutru.process.Decisions;
import vn.luutru.process.StepProgress;
import vn.luutru.process.Variables;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * {@code Task_BuildTransferPackage}: loops while files are left, shows progress, and the
 * package's checksum goes with the process.
 */
class BuildTransferPackageDelegateTest {

	private static final String SHA256 = "3f79bb7b435b05321651daefd374cdc681dc06faa65e374e38337b88ca046dea";

	private final TransferPackaging packaging = mock(TransferPackaging.class);

	private final DelegateExecution execution = mock(DelegateExecution.class);

	private final DelegateExecution processInstance = mock(DelegateExecution.class);

	private final BuildTransferPackageDelegate delegate = new BuildTransferPackageDelegate(this.packaging);

	@Test
	void aChunkWithFilesLeftLoopsAndShowsProgress() throws Exception {
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(7L);
		when(this.execution.getProcessInstance()).thenReturn(this.processInstance);
		when(this.packaging.buildChunk(7L)).thenReturn(PackageChunk.more(StepProgress.filesPackaged(1, 3)));

		this.delegate.execute(this.execution);

		verify(this.execution).setVariable(Variables.FILES_TO_PACKAGE, 2L);
		verify(this.processInstance).setVariables(Map.of(StepProgress.DONE, 1L, StepProgress.TOTAL, 3L,
				StepProgress.PERCENT, 33.3, StepProgress.TEXT, "Đã đóng gói 1/3 hồ sơ / 1 of 3 files packaged"));
		verify(this.execution, never()).setVariable(eq("packageSha256"), any());
	}

	@Test
	void theLastChunkKeepsThePackageChecksumAndEndsTheLoop() throws Exception {
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(7L);
		when(this.execution.getProcessInstance()).thenReturn(this.processInstance);
		when(this.packaging.buildChunk(7L)).thenReturn(PackageChunk.packaged(SHA256, StepProgress.filesPackaged(3, 3)));

		this.delegate.execute(this.execution);

		verify(this.packaging).buildChunk(7L);
		verify(this.execution).setVariable(Variables.FILES_TO_PACKAGE, 0L);
		verify(this.execution).setVariable("packageSha256", SHA256);
	}

	@Test
	void aListWhoseFilesWereAllHeldEndsTheBatchWithoutAPackage() throws Exception {
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(7L);
		when(this.packaging.buildChunk(7L)).thenReturn(PackageChunk.empty());

		assertThatThrownBy(() -> this.delegate.execute(this.execution)).isInstanceOf(BpmnError.class)
			.extracting((e) -> ((BpmnError) e).getErrorCode())
			.isEqualTo(Decisions.ERROR_BATCH_EMPTY);
		verify(this.execution, never()).setVariable(anyString(), any());
	}

	@Test
	void aStoreFailurePropagatesForTheJobToRetry() throws Exception {
		IOException full = new IOException("No space left on device");
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(7L);
		when(this.packaging.buildChunk(7L)).thenThrow(full);

		assertThatThrownBy(() -> this.delegate.execute(this.execution)).isSameAs(full);
		verify(this.execution, never()).setVariable(anyString(), any());
	}

}
