package vn.luutru.retention;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.batch.Batch;
import vn.luutru.process.Variables;

/**
 * {@code Task_BatchDueFiles} of {@code retention-sweep}: one batch and one process per
 * agency and action. A timer-started run opens its sweep record here.
 */
@Component
class BatchDueFilesDelegate implements JavaDelegate {

	private final SweepService sweeps;

	BatchDueFilesDelegate(SweepService sweeps) {
		this.sweeps = sweeps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Long sweepId = (Long) execution.getVariable(Variables.SWEEP_ID);
		if (sweepId == null) {
			SweepRun run = this.sweeps.open("timer");
			this.sweeps.linkProcess(run.id(), execution.getProcessInstanceId());
			sweepId = run.id();
			execution.setVariable(Variables.SWEEP_ID, sweepId);
		}
		List<Batch> started = this.sweeps.batchDueFiles(sweepId);
		execution.setVariable("batchesStarted", started.size());
		execution.setVariable("filesBatched", started.stream().mapToInt(Batch::fileCount).sum());
		execution.setVariable("batchCodes", String.join(", ", started.stream().map(Batch::code).toList()));
	}

}
