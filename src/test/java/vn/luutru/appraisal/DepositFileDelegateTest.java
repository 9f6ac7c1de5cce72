package vn.luutru.appraisal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

import vn.luutru.process.Variables;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

/** {@code Task_DepositFile}: the archivist's appraisal reaches the archive unchanged. */
class DepositFileDelegateTest {

	private final AppraisalService appraisal = mock(AppraisalService.class);

	private final DelegateExecution execution = mock(DelegateExecution.class);

	private final DepositFileDelegate delegate = new DepositFileDelegate(this.appraisal);

	@Test
	void depositsTheFileWithTheArchivistsDecision() {
		given(Variables.FILE_ID, 42L);
		given(Variables.MAINTENANCE_CODE, "07");
		// Tasklist forms send Integer, the REST API sends Long: both are a number of
		// years.
		given(Variables.RETENTION_YEARS, 15L);
		given(Variables.ACCESS_MODE, "02");
		given(Variables.DECIDED_BY, "luutru.lan");

		this.delegate.execute(this.execution);

		verify(this.appraisal).deposit(42L, "07", 15, "02", "luutru.lan");
		verifyNoMoreInteractions(this.appraisal);
	}

	@Test
	void aPermanentFileIsDepositedWithoutYears() {
		given(Variables.FILE_ID, 42L);
		given(Variables.MAINTENANCE_CODE, "01");
		given(Variables.DECIDED_BY, "luutru.lan");

		this.delegate.execute(this.execution);

		verify(this.appraisal).deposit(42L, "01", null, null, "luutru.lan");
	}

	@Test
	void entriesTheArchivistLeftEmptyAreLeftToTheFile() {
		given(Variables.FILE_ID, 42L);
		given(Variables.RETENTION_YEARS, 10);
		given(Variables.DECIDED_BY, "luutru.lan");

		this.delegate.execute(this.execution);

		verify(this.appraisal).deposit(42L, null, 10, null, "luutru.lan");
	}

	@Test
	void aFailedDepositIsRetriedNotTurnedIntoAnOutcome() {
		IllegalArgumentException refused = new IllegalArgumentException("code 07 needs 1 to 100 years");
		given(Variables.FILE_ID, 42L);
		given(Variables.MAINTENANCE_CODE, "07");
		given(Variables.RETENTION_YEARS, 15);
		given(Variables.DECIDED_BY, "luutru.lan");
		when(this.appraisal.deposit(42L, "07", 15, null, "luutru.lan")).thenThrow(refused);

		assertThatThrownBy(() -> this.delegate.execute(this.execution)).isSameAs(refused);
	}

	private void given(String name, Object value) {
		when(this.execution.getVariable(name)).thenReturn(value);
	}

}
