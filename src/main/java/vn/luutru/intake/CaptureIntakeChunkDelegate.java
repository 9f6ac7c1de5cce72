package vn.luutru.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.IntakeVariables;

/**
 * {@code Task_CaptureChunk} of {@code record-intake}: captures one chunk of good rows;
 * sets rowsLeft and the progress variables ({@link vn.luutru.process.StepProgress}).
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
		execution.getProcessInstance().setVariables(this.steps.captureProgress(id).variables());
	}

}
