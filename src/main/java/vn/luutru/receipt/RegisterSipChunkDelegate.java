package vn.luutru.receipt;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.StepProgress;

/**
 * {@code Task_RegisterSipChunk} of {@code sip-receipt}: registers one chunk of the
 * accepted SIP's documents; sets {@code documentsLeft} (the model loops while it is
 * positive) and the progress variables ({@link StepProgress}).
 */
@Component
class RegisterSipChunkDelegate implements JavaDelegate {

	private final ReceiptRegistration registration;

	RegisterSipChunkDelegate(ReceiptRegistration registration) {
		this.registration = registration;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long id = ((Number) execution.getVariable(ReceiptProcessStarter.RECEIPT_ID)).longValue();
		execution.setVariable(ReceiptProcessStarter.DOCUMENTS_LEFT, this.registration.registerChunk(id));
		StepProgress progress = this.registration.progress(id);
		if (progress != null) {
			execution.getProcessInstance().setVariables(progress.variables());
		}
	}

}
