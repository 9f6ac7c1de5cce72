package vn.luutru.destruction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.Variables;

/**
 * {@code Task_WriteDestructionMinutes} of {@code destruction}: the biên bản hủy (.docx).
 */
@Component
class WriteDestructionMinutesDelegate implements JavaDelegate {

	private final DestructionDocuments documents;

	WriteDestructionMinutesDelegate(DestructionDocuments documents) {
		this.documents = documents;
	}

	@Override
	public void execute(DelegateExecution execution) throws Exception {
		this.documents.writeMinutes((Long) execution.getVariable(Variables.BATCH_ID));
	}

}
