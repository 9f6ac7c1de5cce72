package vn.luutru.retention;

import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import vn.luutru.batch.Batch;
import vn.luutru.batch.BatchKind;
import vn.luutru.batch.BatchStatus;
import vn.luutru.process.Variables;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * {@code Task_BatchDueFiles}: the due files of the sweep go into batches; a timer-started
 * run opens its own sweep first.
 */
class BatchDueFilesDelegateTest {

	private final SweepService sweeps = mock(SweepService.class);

	private final DelegateExecution execution = mock(DelegateExecution.class);

	private final BatchDueFilesDelegate delegate = new BatchDueFilesDelegate(this.sweeps);

	@Test
	void batchesTheFilesOfTheRequestedSweepAndSumsThem() {
		when(this.execution.getVariable(Variables.SWEEP_ID)).thenReturn(3L);
		when(this.sweeps.batchDueFiles(3L))
			.thenReturn(List.of(batch("NL-2026-001", 12), batch("HUY-2026-001", 5), batch("NL-2026-002", 1)));

		this.delegate.execute(this.execution);

		verify(this.sweeps, never()).open(anyString());
		verify(this.sweeps, never()).linkProcess(anyLong(), anyString());
		verify(this.execution).setVariable("batchesStarted", 3);
		verify(this.execution).setVariable("filesBatched", 18);
		verify(this.execution).setVariable("batchCodes", "NL-2026-001, HUY-2026-001, NL-2026-002");
	}

	@Test
	void aTimerStartedRunOpensAndLinksItsOwnSweep() {
		when(this.execution.getProcessInstanceId()).thenReturn("pi-77");
		when(this.sweeps.open("timer")).thenReturn(sweep(8L));
		when(this.sweeps.batchDueFiles(8L)).thenReturn(List.of(batch("HUY-2026-004", 2)));

		this.delegate.execute(this.execution);

		InOrder order = inOrder(this.sweeps, this.execution);
		order.verify(this.sweeps).open("timer");
		order.verify(this.sweeps).linkProcess(8L, "pi-77");
		order.verify(this.execution).setVariable(Variables.SWEEP_ID, 8L);
		order.verify(this.sweeps).batchDueFiles(8L);
		verify(this.execution).setVariable("batchesStarted", 1);
		verify(this.execution).setVariable("filesBatched", 2);
		verify(this.execution).setVariable("batchCodes", "HUY-2026-004");
	}

	@Test
	void nothingDueIsAQuietSweepNotAnError() {
		when(this.execution.getVariable(Variables.SWEEP_ID)).thenReturn(3L);
		when(this.sweeps.batchDueFiles(3L)).thenReturn(List.of());

		this.delegate.execute(this.execution);

		verify(this.execution).setVariable("batchesStarted", 0);
		verify(this.execution).setVariable("filesBatched", 0);
		verify(this.execution).setVariable("batchCodes", "");
	}

	@Test
	void aFailedSweepPropagatesForTheJobToRetry() {
		IllegalStateException down = new IllegalStateException("database unavailable");
		when(this.execution.getVariable(Variables.SWEEP_ID)).thenReturn(3L);
		when(this.sweeps.batchDueFiles(3L)).thenThrow(down);

		assertThatThrownBy(() -> this.delegate.execute(this.execution)).isSameAs(down);
		verify(this.execution, never()).setVariable(anyString(), any());
	}

	private static Batch batch(String code, int fileCount) {
		BatchKind kind = code.startsWith("NL") ? BatchKind.TRANSFER : BatchKind.DESTRUCTION;
		return new Batch(1L, kind, code, 10L, "000.00.06.H53", "Văn phòng", BatchStatus.LISTED, fileCount, null, 3L,
				Instant.parse("2026-01-05T01:00:00Z"), "system", null, null, null, null, null, null, null, null, null,
				null, null);
	}

	private static SweepRun sweep(long id) {
		return new SweepRun(id, Instant.parse("2026-01-05T01:00:00Z"), null, "timer", SweepStatus.RUNNING, null, 0, 0,
				0, 0, null, 0, null, null);
	}

}
