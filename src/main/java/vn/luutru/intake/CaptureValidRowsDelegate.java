package vn.luutru.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.IntakeVariables;

/**
 * {@code Task_CaptureValidRows} of {@code record-intake}: the clerk chose to capture the
 * good rows.
 */
@Component
class CaptureValidRowsDelegate implements JavaDelegate {

	private final IntakeSteps steps;

	CaptureValidRowsDelegate(IntakeSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long id = ((Number) execution.getVariable(IntakeVariables.INTAKE_ID)).longValue();
		this.steps.captureValidRows(id);
	}

}
