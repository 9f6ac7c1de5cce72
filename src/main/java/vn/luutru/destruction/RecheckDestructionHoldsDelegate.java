package vn.luutru.destruction;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

import vn.luutru.process.Decisions;
import vn.luutru.process.TaskInput;
import vn.luutru.process.Variables;

/**
 * {@code Task_RecheckHolds} of {@code destruction}: records the head's approval and the
 * decision's number and date; a file put on hold while the council and the head decided
 * is dropped from the batch, with a note.
 */
@Component
class RecheckDestructionHoldsDelegate implements JavaDelegate {

	private final DestructionService destruction;

	private final Clock clock;

	RecheckDestructionHoldsDelegate(DestructionService destruction, Clock clock) {
		this.destruction = destruction;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object comment = execution.getVariable(Variables.COMMENT);
		int left = this.destruction.approveAndRecheckHolds((Long) execution.getVariable(Variables.BATCH_ID),
				(String) execution.getVariable(Variables.DECIDED_BY), (comment != null) ? comment.toString() : null,
				TaskInput.textOf(execution.getVariable(Variables.DECISION_NUMBER)),
				DecisionDates.read(execution.getVariable(Variables.DECISION_DATE), this.clock.getZone()));
		execution.setVariable(Variables.FILES_LEFT, left);
		if (left == 0) {
			throw new BpmnError(Decisions.ERROR_BATCH_EMPTY, "every file was put on hold");
		}
	}

}
