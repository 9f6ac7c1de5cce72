package vn.luutru.destruction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.Variables;

/**
 * {@code Task_EraseContent} of {@code destruction}: erases the content of every file
 * still on the list, keeping metadata and checksums. Safe to retry: destroyed files are
 * skipped.
 */
@Component
class EraseContentDelegate implements JavaDelegate {

	private final DestructionService destruction;

	EraseContentDelegate(DestructionService destruction) {
		this.destruction = destruction;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable("filesDestroyed",
				this.destruction.erase((Long) execution.getVariable(Variables.BATCH_ID)));
	}

}
