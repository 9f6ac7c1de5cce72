package vn.luutru.receipt;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.Variables;

/**
 * {@code Task_IngestSip} of {@code sip-receipt}: the accepted SIP is checked once more
 * and its documents listed for registration, which {@code Task_RegisterSipChunk} then
 * does a chunk at a time; {@code sipAccepted} is false when the SIP changed since its
 * validation (the receipt is then rejected with why).
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
