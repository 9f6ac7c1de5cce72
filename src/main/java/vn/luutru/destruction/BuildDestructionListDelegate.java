package vn.luutru.destruction;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.Decisions;
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
		if (this.documents.buildList((Long) execution.getVariable(Variables.BATCH_ID)) == null) {
			throw new BpmnError(Decisions.ERROR_BATCH_EMPTY, "no file left to list");
		}
	}

}
