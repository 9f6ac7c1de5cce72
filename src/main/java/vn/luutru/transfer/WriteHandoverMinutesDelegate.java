package vn.luutru.transfer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.Variables;

/**
 * {@code Task_WriteHandoverMinutes} of {@code transfer}: the biên bản giao nhận (.docx).
 */
@Component
class WriteHandoverMinutesDelegate implements JavaDelegate {

	private final TransferDocuments documents;

	WriteHandoverMinutesDelegate(TransferDocuments documents) {
		this.documents = documents;
	}

	@Override
	public void execute(DelegateExecution execution) throws Exception {
		// the last task completed before this step is the archive's acceptance
		this.documents.writeMinutes((Long) execution.getVariable(Variables.BATCH_ID),
				(String) execution.getVariable(Variables.DECIDED_BY));
	}

}
