package vn.luutru.retention;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import vn.luutru.process.Variables;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * {@code Task_WarnArchivists}: one warning per agency with files falling due, none while
 * an earlier one waits; overdue files are counted either way.
 */
class WarnArchivistsDelegateTest {

	private static final AgencyDueCount OFFICE = new AgencyDueCount(10L, "000.00.06.H53", 4, 1);

	private static final AgencyDueCount FINANCE = new AgencyDueCount(11L, "000.00.07.H53", 2, 3);

	private final SweepService sweeps = mock(SweepService.class);

	private final SweepProcessStarter starter = mock(SweepProcessStarter.class);

	private final DelegateExecution execution = mock(DelegateExecution.class);

	private final WarnArchivistsDelegate delegate = new WarnArchivistsDelegate(this.sweeps, this.starter);

	@Test
	void warnsEveryAgencyWithFilesFallingDueAndFinishesTheSweep() {
		when(this.execution.getVariable(Variables.SWEEP_ID)).thenReturn(3L);
		when(this.sweeps.upcoming(3L)).thenReturn(List.of(OFFICE, FINANCE));
		when(this.starter.warn(OFFICE, 3L)).thenReturn(true);
		when(this.starter.warn(FINANCE, 3L)).thenReturn(true);

		this.delegate.execute(this.execution);

		InOrder order = inOrder(this.sweeps, this.starter);
		order.verify(this.sweeps).lock();
		order.verify(this.sweeps).upcoming(3L);
		order.verify(this.starter).warn(OFFICE, 3L);
		order.verify(this.starter).warn(FINANCE, 3L);
		order.verify(this.sweeps).finish(3L, 10, 4);
		verify(this.execution).setVariable("filesWarned", 10);
		verify(this.execution).setVariable("overdueFiles", 4);
	}

	@Test
	void anAgencyWithAWarningStillWaitingIsNotWarnedAgainButItsOverdueFilesCount() {
		when(this.execution.getVariable(Variables.SWEEP_ID)).thenReturn(3L);
		when(this.sweeps.upcoming(3L)).thenReturn(List.of(OFFICE, FINANCE));
		when(this.starter.warn(OFFICE, 3L)).thenReturn(false);
		when(this.starter.warn(FINANCE, 3L)).thenReturn(true);

		this.delegate.execute(this.execution);

		verify(this.sweeps).finish(3L, 5, 4);
		verify(this.execution).setVariable("filesWarned", 5);
		verify(this.execution).setVariable("overdueFiles", 4);
	}

	@Test
	void nothingFallingDueFinishesTheSweepWithZeros() {
		when(this.execution.getVariable(Variables.SWEEP_ID)).thenReturn(3L);
		when(this.sweeps.upcoming(3L)).thenReturn(List.of());

		this.delegate.execute(this.execution);

		verify(this.sweeps).finish(3L, 0, 0);
		verify(this.execution).setVariable("filesWarned", 0);
		verify(this.execution).setVariable("overdueFiles", 0);
	}

	@Test
	void aFailedWarningPropagatesAndTheSweepStaysUnfinished() {
		IllegalStateException down = new IllegalStateException("engine unavailable");
		when(this.execution.getVariable(Variables.SWEEP_ID)).thenReturn(3L);
		when(this.sweeps.upcoming(3L)).thenReturn(List.of(OFFICE));
		when(this.starter.warn(OFFICE, 3L)).thenThrow(down);

		assertThatThrownBy(() -> this.delegate.execute(this.execution)).isSameAs(down);
		verify(this.sweeps, never()).finish(anyLong(), anyInt(), anyInt());
	}

}
