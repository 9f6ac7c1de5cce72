package vn.luutru.destruction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.batch.FormLists;
import vn.luutru.process.Variables;

/**
 * {@code Task_ApplyCouncilDecisions} of {@code destruction}: files the council keeps get
 * their new retention; {@code filesLeft} counts those still proposed for destruction.
 */
@Component
class ApplyCouncilDecisionsDelegate implements JavaDelegate {

	private final DestructionService destruction;

	ApplyCouncilDecisionsDelegate(DestructionService destruction) {
		this.destruction = destruction;
	}

	@Override
	public void execute(DelegateExecution execution) {
		int left = this.destruction.applyCouncilDecisions((Long) execution.getVariable(Variables.BATCH_ID),
				FormLists.read(execution.getVariable(Variables.COUNCIL_DECISIONS), CouncilDecision.class,
						Variables.COUNCIL_DECISIONS),
				(String) execution.getVariable(Variables.DECIDED_BY));
		execution.setVariable(Variables.FILES_LEFT, left);
	}

}
