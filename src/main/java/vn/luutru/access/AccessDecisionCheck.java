package vn.luutru.access;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.luutru.common.Problems;
import vn.luutru.process.Decisions;
import vn.luutru.process.TaskInput;
import vn.luutru.process.TaskInputCheck;

/**
 * The archive's answers to a reader's registration and to an access request: APPROVE or
 * REJECT, and a rejection carries its reason (the reader is told why).
 */
@Component
class AccessDecisionCheck implements TaskInputCheck {

	@Override
	public Set<String> taskKeys() {
		return Set.of(AccessProcessStarter.TASK_APPROVE_READER, AccessProcessStarter.TASK_DECIDE_ACCESS);
	}

	@Override
	public void check(TaskInput input) {
		String field = AccessProcessStarter.TASK_APPROVE_READER.equals(input.taskKey())
				? AccessProcessStarter.READER_DECISION : AccessProcessStarter.ACCESS_DECISION;
		String decision = input.text(field);
		Problems problems = new Problems();
		if (!Decisions.APPROVE.equals(decision) && !Decisions.REJECT.equals(decision)) {
			problems.add(field, "error.accessDecision");
		}
		String reason = input.text(AccessProcessStarter.REJECTION_REASON);
		if (Decisions.REJECT.equals(decision) && reason == null) {
			problems.add(AccessProcessStarter.REJECTION_REASON, "error.rejectionReasonRequired");
		}
		else if (reason != null && reason.length() > 1000) {
			problems.add(AccessProcessStarter.REJECTION_REASON, "error.tooLong", 1000);
		}
		problems.throwIfAny();
	}

}
