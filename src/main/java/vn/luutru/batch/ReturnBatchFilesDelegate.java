package vn.luutru.batch;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.Variables;

/**
 * {@code Task_ReturnFiles} of {@code transfer} and {@code destruction}: a rejected list
 * (by the agency head or the historical archive) sends its files back to the agency
 * archive, the reasons visible on each file: the reviewer's comment and, after a failed
 * fixity check, its finding beside it.
 */
@Component
class ReturnBatchFilesDelegate implements JavaDelegate {

	private final BatchService batches;

	ReturnBatchFilesDelegate(BatchService batches) {
		this.batches = batches;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String note = ReturnNote.of(execution.getVariable(Variables.COMMENT),
				execution.getVariable(Variables.FIXITY_REPORT));
		int returned = this.batches.returnAll((Long) execution.getVariable(Variables.BATCH_ID), BatchStatus.REJECTED,
				note);
		execution.setVariable("filesReturned", returned);
	}

}
