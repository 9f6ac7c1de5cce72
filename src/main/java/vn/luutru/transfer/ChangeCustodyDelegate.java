package vn.luutru.transfer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.Variables;

/**
 * {@code Task_ChangeCustody} of {@code transfer}: the files pass into the historical
 * archive's custody (TRANSFERRED). Holds are checked once more just before.
 */
@Component
class ChangeCustodyDelegate implements JavaDelegate {

	private final TransferService transfers;

	ChangeCustodyDelegate(TransferService transfers) {
		this.transfers = transfers;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable("filesTransferred",
				this.transfers.changeCustody((Long) execution.getVariable(Variables.BATCH_ID)));
	}

}
