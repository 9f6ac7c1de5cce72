package vn.luutru.fixity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.StepProgress;

/**
 * {@code Task_CheckChunk} of {@code fixity-audit}: re-hashes one chunk of objects, both
 * copies; sets more and the progress variables ({@link StepProgress}); gives the managers
 * a task for each incident raised so far.
 */
@Component
class CheckFixityChunkDelegate implements JavaDelegate {

	private final FixityAudit fixity;

	private final FixityProcessStarter starter;

	CheckFixityChunkDelegate(FixityAudit fixity, FixityProcessStarter starter) {
		this.fixity = fixity;
		this.starter = starter;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long cycleId = ((Number) execution.getVariable(FixityVariables.CYCLE_ID)).longValue();
		boolean more = this.fixity.checkChunk(cycleId);
		execution.setVariable(FixityVariables.MORE, more);
		execution.getProcessInstance().setVariables(progressOf(this.fixity.progress(cycleId), more).variables());
		this.starter.startIncidentTasks(cycleId);
	}

	/**
	 * Objects checked of the store's objects, whose number is estimated from the share of
	 * the name space walked (the store is not counted first).
	 */
	static StepProgress progressOf(FixityProgress cycle, boolean more) {
		long done = cycle.objectsChecked();
		if (!more) {
			return StepProgress.of(done, done,
					"Đã kiểm tra " + done + " đối tượng, xong / " + done + " objects checked, all done");
		}
		double percent = Math.min(cycle.percent(), 99.9);
		long total = (percent > 0) ? Math.max(done, Math.round(done * 100 / percent)) : done + 1;
		return new StepProgress(done, total, percent, "Đã kiểm tra " + done + " đối tượng, khoảng " + percent
				+ "% kho / " + done + " objects checked, about " + percent + "% of the store");
	}

}
