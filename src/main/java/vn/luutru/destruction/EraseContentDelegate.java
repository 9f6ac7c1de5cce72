package vn.luutru.destruction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.StepProgress;
import vn.luutru.process.Variables;

/**
 * {@code Task_EraseContent} of {@code destruction}: erases the content of one chunk of
 * the files still on the list, keeping metadata and checksums; sets {@code filesToErase}
 * (the model loops while it is positive), {@code filesDestroyed} and the progress
 * variables. Safe to retry: destroyed files are skipped.
 */
@Component
class EraseContentDelegate implements JavaDelegate {

	private final DestructionService destruction;

	EraseContentDelegate(DestructionService destruction) {
		this.destruction = destruction;
	}

	@Override
	public void execute(DelegateExecution execution) {
		StepProgress progress = this.destruction.eraseChunk((Long) execution.getVariable(Variables.BATCH_ID));
		execution.getProcessInstance().setVariables(progress.variables());
		execution.setVariable(Variables.FILES_TO_ERASE, progress.total() - progress.done());
		execution.setVariable("filesDestroyed", progress.done());
	}

}
