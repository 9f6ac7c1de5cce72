package vn.luutru.appraisal;

import java.time.LocalDate;

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

/** {@code Task_RetainFile}: the unit keeps the file until the date the rules allow. */
class RetainFileDelegateTest {

	private final AppraisalService appraisal = mock(AppraisalService.class);

	private final DelegateExecution execution = mock(DelegateExecution.class);

	private final RetainFileDelegate delegate = new RetainFileDelegate(this.appraisal);

	@Test
	void retainsTheFileUntilTheApprovedDateAndShowsTheDateKept() {
		given(Variables.FILE_ID, 42L);
		given(Variables.RETAINED_UNTIL, "2027-06-30");
		given(Variables.RETENTION_APPROVAL, "Công văn 15/VP ngày 02/01/2026");
		given(Variables.DECIDED_BY, "luutru.lan");
		when(this.appraisal.retain(42L, LocalDate.of(2027, 6, 30), "Công văn 15/VP ngày 02/01/2026", "luutru.lan"))
			.thenReturn(LocalDate.of(2027, 6, 30));

		this.delegate.execute(this.execution);

		verify(this.execution).setVariable(Variables.RETAINED_UNTIL, "2027-06-30");
	}

	@Test
	void theDateTheServiceCapsIsTheDateWrittenBack() {
		given(Variables.FILE_ID, 42L);
		given(Variables.RETAINED_UNTIL, "2040-01-01");
		given(Variables.RETENTION_APPROVAL, "QĐ 7");
		given(Variables.DECIDED_BY, "luutru.lan");
		when(this.appraisal.retain(42L, LocalDate.of(2040, 1, 1), "QĐ 7", "luutru.lan"))
			.thenReturn(LocalDate.of(2028, 1, 2));

		this.delegate.execute(this.execution);

		verify(this.execution).setVariable(Variables.RETAINED_UNTIL, "2028-01-02");
	}

	@Test
	void aBlankDateLeavesTheLimitToTheService() {
		given(Variables.FILE_ID, 42L);
		given(Variables.RETAINED_UNTIL, " ");
		given(Variables.RETENTION_APPROVAL, "QĐ 7");
		given(Variables.DECIDED_BY, "luutru.lan");
		when(this.appraisal.retain(42L, null, "QĐ 7", "luutru.lan")).thenReturn(LocalDate.of(2028, 1, 2));

		this.delegate.execute(this.execution);

		verify(this.appraisal).retain(42L, null, "QĐ 7", "luutru.lan");
		verify(this.execution).setVariable(Variables.RETAINED_UNTIL, "2028-01-02");
	}

	@Test
	void aServiceFailurePropagatesAndNothingIsWritten() {
		IllegalStateException down = new IllegalStateException("database unavailable");
		given(Variables.FILE_ID, 42L);
		given(Variables.RETAINED_UNTIL, "2027-06-30");
		given(Variables.RETENTION_APPROVAL, "QĐ 7");
		given(Variables.DECIDED_BY, "luutru.lan");
		when(this.appraisal.retain(42L, LocalDate.of(2027, 6, 30), "QĐ 7", "luutru.lan")).thenThrow(down);

		assertThatThrownBy(() -> this.delegate.execute(this.execution)).isSameAs(down);
		verify(this.execution, never()).setVariable(anyString(), any());
	}

	private void given(String name, Object value) {
		when(this.execution.getVariable(name)).thenReturn(value);
	}

}
