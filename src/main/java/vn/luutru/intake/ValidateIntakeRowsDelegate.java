package vn.luutru.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.IntakeVariables;

/** {@code Task_ValidateRows} of {@code record-intake}: checks every row; sets badRows. */
@Component
class ValidateIntakeRowsDelegate implements JavaDelegate {

	private final IntakeSteps steps;

	ValidateIntakeRowsDelegate(IntakeSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long id = ((Number) execution.getVariable(IntakeVariables.INTAKE_ID)).longValue();
		execution.setVariable(IntakeVariables.BAD_ROWS, this.steps.validate(id));
	}

}
