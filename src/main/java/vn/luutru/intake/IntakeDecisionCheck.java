package vn.luutru.intake;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.luutru.common.Problems;
import vn.luutru.process.IntakeVariables;
import vn.luutru.process.TaskInput;
import vn.luutru.process.TaskInputCheck;

/** The clerk's choice on refused rows: capture the good rows, or cancel the intake. */
@Component
class IntakeDecisionCheck implements TaskInputCheck {

	@Override
	public Set<String> taskKeys() {
		return Set.of("Task_FixRejectedRows");
	}

	@Override
	public void check(TaskInput input) {
		String decision = input.text(IntakeVariables.INTAKE_DECISION);
		if (!IntakeVariables.CAPTURE_VALID.equals(decision) && !IntakeVariables.CANCEL.equals(decision)) {
			new Problems()
				.add(IntakeVariables.INTAKE_DECISION, "error.task.decision",
						IntakeVariables.CAPTURE_VALID + ", " + IntakeVariables.CANCEL)
				.throwIfAny();
		}
	}

}
