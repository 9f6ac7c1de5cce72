package vn.luutru.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.IntakeVariables;

/**
 * {@code Task_OpenFiles} of {@code record-intake}: opens the files of the good rows,
 * still open.
 */
@Component
class OpenIntakeFilesDelegate implements JavaDelegate {

	private final IntakeSteps steps;

	OpenIntakeFilesDelegate(IntakeSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long id = ((Number) execution.getVariable(IntakeVariables.INTAKE_ID)).longValue();
		this.steps.openFiles(id);
	}

}
