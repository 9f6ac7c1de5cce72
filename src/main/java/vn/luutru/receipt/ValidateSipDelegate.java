package vn.luutru.receipt;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * {@code Task_ValidateSip} of {@code sip-receipt}: validates the SIP and records what was
 * found; {@code sipValid} routes it to the archive's decision or straight to its end,
 * rejected with its errors.
 */
@Component
class ValidateSipDelegate implements JavaDelegate {

	private final ReceiptService receipts;

	ValidateSipDelegate(ReceiptService receipts) {
		this.receipts = receipts;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long id = ((Number) execution.getVariable(ReceiptProcessStarter.RECEIPT_ID)).longValue();
		execution.setVariable("sipValid", this.receipts.validate(id));
	}

}
