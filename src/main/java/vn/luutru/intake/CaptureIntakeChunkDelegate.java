package vn.luutru.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.IntakeVariables;

/**
 * {@code Task_CaptureChunk} of {@code record-intake}: captures one chunk of good rows;
 * sets rowsLeft and the progress variables Cockpit shows.
 */
@Component
class CaptureIntakeChunkDelegate implements JavaDelegate {

	private final IntakeSteps steps;

	CaptureIntakeChunkDelegate(IntakeSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long id = ((Number) execution.getVariable(IntakeVariables.INTAKE_ID)).longValue();
		execution.setVariable(IntakeVariables.ROWS_LEFT, this.steps.captureChunk(id));
		execution.setVariables(this.steps.progress(id));
	}

}
