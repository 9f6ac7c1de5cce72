package vn.luutru.destruction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.Variables;

/**
 * {@code Task_BuildDestructionList} of {@code destruction}: the danh mục tài liệu hết giá
 * trị (.xlsx) of the files under destruction review.
 */
@Component
class BuildDestructionListDelegate implements JavaDelegate {

	private final DestructionDocuments documents;

	BuildDestructionListDelegate(DestructionDocuments documents) {
		this.documents = documents;
	}

	@Override
	public void execute(DelegateExecution execution) throws Exception {
		this.documents.buildList((Long) execution.getVariable(Variables.BATCH_ID));
	}

}
