package vn.luutru.fixity;

import java.io.IOException;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * {@code Task_FinishCycle} of {@code fixity-audit}: ends the cycle and writes its
 * inspection minutes.
 */
@Component
class FinishFixityCycleDelegate implements JavaDelegate {

	private final FixityAudit fixity;

	private final FixityMinutes minutes;

	FinishFixityCycleDelegate(FixityAudit fixity, FixityMinutes minutes) {
		this.fixity = fixity;
		this.minutes = minutes;
	}

	@Override
	public void execute(DelegateExecution execution) throws IOException {
		long cycleId = ((Number) execution.getVariable(FixityVariables.CYCLE_ID)).longValue();
		this.fixity.finish(cycleId);
		this.minutes.write(cycleId);
	}

}
