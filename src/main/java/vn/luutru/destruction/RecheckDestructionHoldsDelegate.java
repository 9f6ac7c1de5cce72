package vn.luutru.destruction;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.Decisions;
import vn.luutru.process.Variables;

/**
 * {@code Task_RecheckHolds} of {@code destruction}: records the head's approval; a file
 * put on hold while the council and the head decided is dropped from the batch, with a
 * note.
 */
@Component
class RecheckDestructionHoldsDelegate implements JavaDelegate {

	private final DestructionService destruction;

	RecheckDestructionHoldsDelegate(DestructionService destruction) {
		this.destruction = destruction;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object comment = execution.getVariable(Variables.COMMENT);
		int left = this.destruction.approveAndRecheckHolds((Long) execution.getVariable(Variables.BATCH_ID),
				(String) execution.getVariable(Variables.DECIDED_BY), (comment != null) ? comment.toString() : null);
		execution.setVariable(Variables.FILES_LEFT, left);
		if (left == 0) {
			throw new BpmnError(Decisions.ERROR_BATCH_EMPTY, "every file was put on hold");
		}
	}

}
