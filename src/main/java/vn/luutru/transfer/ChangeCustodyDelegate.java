package vn.luutru.transfer;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.Decisions;
import vn.luutru.process.Variables;

/**
 * {@code Task_ChangeCustody} of {@code transfer}: the files pass into the historical
 * archive's custody (TRANSFERRED). Holds are checked once more just before: a file held
 * since packaging stays with the agency; when every file was, nothing is handed over and
 * the batch ends ({@code Error_AllHeldBeforeCustody}) without minutes.
 */
@Component
class ChangeCustodyDelegate implements JavaDelegate {

	private final TransferService transfers;

	ChangeCustodyDelegate(TransferService transfers) {
		this.transfers = transfers;
	}

	@Override
	public void execute(DelegateExecution execution) {
		CustodyChange change = this.transfers.changeCustody((Long) execution.getVariable(Variables.BATCH_ID));
		execution.setVariable("filesTransferred", change.transferred());
		execution.setVariable("filesHeldBack", change.heldBack());
		if (change.nothingTransferred()) {
			throw new BpmnError(Decisions.ERROR_BATCH_EMPTY, "every file in the accepted package was put on hold");
		}
	}

}
