package vn.luutru.fixity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/** {@code Task_FinishCycle} of {@code fixity-audit}: ends the cycle. */
@Component
class FinishFixityCycleDelegate implements JavaDelegate {

	private final FixityAudit fixity;

	FinishFixityCycleDelegate(FixityAudit fixity) {
		this.fixity = fixity;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long cycleId = ((Number) execution.getVariable(FixityVariables.CYCLE_ID)).longValue();
		this.fixity.finish(cycleId);
	}

}
