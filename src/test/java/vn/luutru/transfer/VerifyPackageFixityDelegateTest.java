package vn.luutru.transfer;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import vn.luutru.process.Decisions;
import vn.luutru.process.Variables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * {@code Task_VerifyPackageFixity}: any checksum problem takes
 * {@code Error_FixityMismatch} with the report the archivist reads; nothing else does.
 */
class VerifyPackageFixityDelegateTest {

	private final TransferPackaging packaging = mock(TransferPackaging.class);

	private final DelegateExecution execution = mock(DelegateExecution.class);

	private final VerifyPackageFixityDelegate delegate = new VerifyPackageFixityDelegate(this.packaging);

	@Test
	void aPackageThatMatchesTheStoreGoesOnWithoutAReport() throws Exception {
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(7L);
		when(this.packaging.verify(7L)).thenReturn(List.of());

		this.delegate.execute(this.execution);

		verify(this.packaging).verify(7L);
		verify(this.execution, never()).setVariable(anyString(), any());
	}

	@Test
	void aFixityMismatchTakesTheErrorPathWithEveryProblemListed() throws Exception {
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(7L);
		when(this.packaging.verify(7L)).thenReturn(List.of("STORE 000.00.06.H53.2015.1.VP.01 ab12 ≠ cd34",
				"PACKAGE 000.00.06.H53.2015.1.VP.02 null ≠ ef56"));

		assertThatThrownBy(() -> this.delegate.execute(this.execution)).isInstanceOfSatisfying(BpmnError.class,
				(error) -> assertThat(error.getErrorCode()).isEqualTo(Decisions.ERROR_FIXITY_MISMATCH));
		verify(this.execution).setVariable(Variables.FIXITY_REPORT,
				"STORE 000.00.06.H53.2015.1.VP.01 ab12 ≠ cd34\nPACKAGE 000.00.06.H53.2015.1.VP.02 null ≠ ef56");
	}

	@Test
	void aLongReportIsCutToFitTheVariable() throws Exception {
		// 100 lines of 80 characters: about 8,000 characters in all.
		List<String> problems = IntStream.range(0, 100)
			.mapToObj((i) -> String.format("STORE %-74s", "000.00.06.H53.2015.1.VP." + i))
			.toList();
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(7L);
		when(this.packaging.verify(7L)).thenReturn(problems);

		assertThatThrownBy(() -> this.delegate.execute(this.execution)).isInstanceOf(BpmnError.class);
		ArgumentCaptor<String> report = ArgumentCaptor.forClass(String.class);
		verify(this.execution).setVariable(eq(Variables.FIXITY_REPORT), report.capture());
		assertThat(report.getValue()).hasSize(3900).isEqualTo(String.join("\n", problems).substring(0, 3900));
	}

	@Test
	void aPackageMissingFromTheStoreIsATechnicalFailureNotAMismatch() throws Exception {
		IOException missing = new IOException("no content 3f79bb7b");
		when(this.execution.getVariable(Variables.BATCH_ID)).thenReturn(7L);
		when(this.packaging.verify(7L)).thenThrow(missing);

		assertThatThrownBy(() -> this.delegate.execute(this.execution)).isSameAs(missing);
		verify(this.execution, never()).setVariable(anyString(), any());
	}

}
