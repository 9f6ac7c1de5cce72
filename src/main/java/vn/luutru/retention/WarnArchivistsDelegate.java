package vn.luutru.retention;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.Variables;

/**
 * {@code Task_WarnArchivists} of {@code retention-sweep}: a Tasklist task for the
 * archivists of every agency with files due within the warning window or overdue, unless
 * an earlier warning still waits.
 */
@Component
class WarnArchivistsDelegate implements JavaDelegate {

	private final SweepService sweeps;

	private final SweepProcessStarter starter;

	WarnArchivistsDelegate(SweepService sweeps, SweepProcessStarter starter) {
		this.sweeps = sweeps;
		this.starter = starter;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long sweepId = (Long) execution.getVariable(Variables.SWEEP_ID);
		int warned = 0;
		int overdue = 0;
		for (AgencyDueCount due : this.sweeps.upcoming(sweepId)) {
			overdue += due.overdue();
			if (this.starter.warn(due, sweepId)) {
				warned += due.upcoming() + due.overdue();
			}
		}
		this.sweeps.finish(sweepId, warned, overdue);
		execution.setVariable("filesWarned", warned);
		execution.setVariable("overdueFiles", overdue);
	}

}
