package vn.luutru.transfer;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.Decisions;
import vn.luutru.process.Variables;

/**
 * {@code Task_BuildTransferList} of {@code transfer}: the mục lục hồ sơ nộp lưu (.xlsx).
 */
@Component
class BuildTransferListDelegate implements JavaDelegate {

	private final TransferDocuments documents;

	BuildTransferListDelegate(TransferDocuments documents) {
		this.documents = documents;
	}

	@Override
	public void execute(DelegateExecution execution) throws Exception {
		if (this.documents.buildList((Long) execution.getVariable(Variables.BATCH_ID)) == null) {
			throw new BpmnError(Decisions.ERROR_BATCH_EMPTY, "no file left to list");
		}
	}

}
