package vn.luutru.destruction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.batch.FormLists;
import vn.luutru.process.Variables;

/**
 * {@code Task_ApplyCouncilDecisions} of {@code destruction}: files the council keeps get
 * their new retention, the list is written again with the council's opinion on each file;
 * {@code filesLeft} counts those still proposed for destruction.
 */
@Component
class ApplyCouncilDecisionsDelegate implements JavaDelegate {

	private final DestructionService destruction;

	private final DestructionDocuments documents;

	ApplyCouncilDecisionsDelegate(DestructionService destruction, DestructionDocuments documents) {
		this.destruction = destruction;
		this.documents = documents;
	}

	@Override
	public void execute(DelegateExecution execution) throws Exception {
		long batchId = (Long) execution.getVariable(Variables.BATCH_ID);
		int left = this.destruction.applyCouncilDecisions(batchId,
				FormLists.read(execution.getVariable(Variables.COUNCIL_DECISIONS), CouncilDecision.class,
						Variables.COUNCIL_DECISIONS),
				(String) execution.getVariable(Variables.DECIDED_BY));
		this.documents.listWithCouncilOpinions(batchId);
		execution.setVariable(Variables.FILES_LEFT, left);
	}

}
