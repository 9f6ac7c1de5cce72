package vn.luutru.transfer;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.batch.FormLists;
import vn.luutru.process.Decisions;
import vn.luutru.process.Variables;

/**
 * {@code Task_ApplyListChanges} of {@code transfer}: the approved list minus the files
 * the head removed and the files put on hold; nothing left ends the batch
 * ({@code Error_BatchEmpty}).
 */
@Component
class ApplyTransferListChangesDelegate implements JavaDelegate {

	private final TransferService transfers;

	ApplyTransferListChangesDelegate(TransferService transfers) {
		this.transfers = transfers;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object comment = execution.getVariable(Variables.COMMENT);
		int left = this.transfers.approveList((Long) execution.getVariable(Variables.BATCH_ID),
				FormLists.read(execution.getVariable(Variables.REMOVED_FILES), RemovedFile.class,
						Variables.REMOVED_FILES),
				(String) execution.getVariable(Variables.DECIDED_BY), (comment != null) ? comment.toString() : null);
		execution.setVariable(Variables.FILES_LEFT, left);
		if (left == 0) {
			throw new BpmnError(Decisions.ERROR_BATCH_EMPTY, "no file left on the transfer list");
		}
	}

}
