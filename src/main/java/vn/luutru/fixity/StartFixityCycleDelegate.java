package vn.luutru.fixity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * {@code Task_StartCycle} of {@code fixity-audit}: starts a cycle unless one runs or the
 * last began less than {@code luutru.fixity.cycle} ago; sets cycleId (null: nothing to
 * do).
 */
@Component
class StartFixityCycleDelegate implements JavaDelegate {

	private final FixityAudit fixity;

	StartFixityCycleDelegate(FixityAudit fixity) {
		this.fixity = fixity;
	}

	@Override
	public void execute(DelegateExecution execution) {
		boolean force = Boolean.TRUE.equals(execution.getVariable(FixityVariables.FORCE));
		execution.setVariable(FixityVariables.CYCLE_ID,
				this.fixity.startCycle(execution.getProcessInstanceId(), force));
	}

}
