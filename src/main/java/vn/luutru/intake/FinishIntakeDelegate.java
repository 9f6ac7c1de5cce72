package vn.luutru.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.IntakeVariables;

/**
 * {@code Task_FinishIntake} of {@code record-intake}: gives the files their history and
 * ends the intake.
 */
@Component
class FinishIntakeDelegate implements JavaDelegate {

	private final IntakeSteps steps;

	FinishIntakeDelegate(IntakeSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long id = ((Number) execution.getVariable(IntakeVariables.INTAKE_ID)).longValue();
		this.steps.finish(id);
	}

}
