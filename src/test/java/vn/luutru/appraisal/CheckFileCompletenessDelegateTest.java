package vn.luutru.appraisal;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

import vn.luutru.common.NotFoundException;
import vn.luutru.file.RecordFile;
import vn.luutru.file.RecordFileLifecycle;
import vn.luutru.process.Variables;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.luutru.file.RecordFiles.aFile;

/** {@code Task_CheckCompleteness}: what the gateway and the clerk's task see next. */
class CheckFileCompletenessDelegateTest {

	private final RecordFileLifecycle files = mock(RecordFileLifecycle.class);

	private final Completeness completeness = mock(Completeness.class);

	private final DelegateExecution execution = mock(DelegateExecution.class);

	private final CheckFileCompletenessDelegate delegate = new CheckFileCompletenessDelegate(this.files,
			this.completeness);

	@Test
	void aCompleteFileGoesOnWithItsOwnRetentionProposed() {
		RecordFile file = aFile().id(42L).retentionYears(5).build();
		when(this.execution.getVariable(Variables.FILE_ID)).thenReturn(42L);
		when(this.files.require(42L)).thenReturn(file);
		when(this.completeness.missing(file)).thenReturn(List.of());

		this.delegate.execute(this.execution);

		verify(this.execution).setVariable(Variables.COMPLETE, true);
		verify(this.execution).setVariable(Variables.MISSING, "");
		verify(this.execution).setVariable(Variables.MAINTENANCE_CODE, "07");
		verify(this.execution).setVariable(Variables.RETENTION_YEARS, 5);
		verify(this.execution).setVariable(Variables.ACCESS_MODE, "01");
	}

	@Test
	void anIncompleteFileListsWhatIsMissingOneLineEach() {
		RecordFile file = aFile().id(42L).retentionYears(null).build();
		when(this.execution.getVariable(Variables.FILE_ID)).thenReturn(42L);
		when(this.files.require(42L)).thenReturn(file);
		when(this.completeness.missing(file))
			.thenReturn(List.of("Thiếu ngày bắt đầu / Start date missing", "Thiếu người lập hồ sơ / Creator missing"));

		this.delegate.execute(this.execution);

		verify(this.execution).setVariable(Variables.COMPLETE, false);
		verify(this.execution).setVariable(Variables.MISSING,
				"Thiếu ngày bắt đầu / Start date missing\nThiếu người lập hồ sơ / Creator missing");
		verify(this.execution).setVariable(Variables.MAINTENANCE_CODE, "01");
		verify(this.execution).setVariable(Variables.RETENTION_YEARS, null);
	}

	@Test
	void anUnknownFileIsATechnicalFailureNotAnOutcome() {
		NotFoundException gone = new NotFoundException("record_file", 42L);
		when(this.execution.getVariable(Variables.FILE_ID)).thenReturn(42L);
		when(this.files.require(42L)).thenThrow(gone);

		assertThatThrownBy(() -> this.delegate.execute(this.execution)).isSameAs(gone);
		verify(this.execution, never()).setVariable(anyString(), any());
	}

}
