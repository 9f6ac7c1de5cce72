package vn.luutru.receipt;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.Variables;

/**
 * {@code Task_IngestSip} of {@code sip-receipt}: the accepted SIP is registered into the
 * historical archive's holdings, an AIP written for each file; {@code sipAccepted} is
 * false when the registration was refused (the receipt is then rejected with why).
 */
@Component
class IngestSipDelegate implements JavaDelegate {

	private final ReceiptIngest ingest;

	IngestSipDelegate(ReceiptIngest ingest) {
		this.ingest = ingest;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long id = ((Number) execution.getVariable(ReceiptProcessStarter.RECEIPT_ID)).longValue();
		execution.setVariable("sipAccepted", this.ingest.accept(id,
				(String) execution.getVariable(Variables.DECIDED_BY), (String) execution.getVariable("comment")));
	}

}
