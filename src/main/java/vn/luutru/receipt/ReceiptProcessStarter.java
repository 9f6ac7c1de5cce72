package vn.luutru.receipt;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;

import org.springframework.stereotype.Component;

import vn.luutru.process.Variables;

/**
 * Starts the {@code sip-receipt} process of a receipt (business key its code, tenant the
 * historical archive, whose officers decide).
 */
@Component
class ReceiptProcessStarter {

	static final String PROCESS = "sip-receipt";

	static final String RECEIPT_ID = "receiptId";

	/** Documents of the accepted SIP not yet registered after a chunk. */
	static final String DOCUMENTS_LEFT = "documentsLeft";

	private final RuntimeService runtime;

	ReceiptProcessStarter(RuntimeService runtime) {
		this.runtime = runtime;
	}

	String start(long receiptId, String code, String archiveCode) {
		return this.runtime
			.startProcessInstanceByKey(PROCESS, code, Map.of(RECEIPT_ID, receiptId, Variables.AGENCY_CODE, archiveCode))
			.getId();
	}

}
