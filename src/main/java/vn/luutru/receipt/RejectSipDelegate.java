package vn.luutru.receipt;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.Variables;

/**
 * {@code Task_RejectSip} of {@code sip-receipt}: the archive's refusal, with its reason.
 */
@Component
class RejectSipDelegate implements JavaDelegate {

	private final ReceiptService receipts;

	RejectSipDelegate(ReceiptService receipts) {
		this.receipts = receipts;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long id = ((Number) execution.getVariable(ReceiptProcessStarter.RECEIPT_ID)).longValue();
		this.receipts.reject(id, (String) execution.getVariable(Variables.DECIDED_BY),
				(String) execution.getVariable("comment"));
	}

}
