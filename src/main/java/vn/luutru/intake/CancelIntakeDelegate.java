package vn.luutru.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.IntakeVariables;

/**
 * {@code Task_CancelIntake} of {@code record-intake}: the clerk cancelled, nothing is
 * captured.
 */
@Component
class CancelIntakeDelegate implements JavaDelegate {

	private final IntakeSteps steps;

	CancelIntakeDelegate(IntakeSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long id = ((Number) execution.getVariable(IntakeVariables.INTAKE_ID)).longValue();
		this.steps.cancel(id);
	}

}
