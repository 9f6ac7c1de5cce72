package vn.luutru.intake;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.luutru.common.Problems;
import vn.luutru.process.IntakeVariables;
import vn.luutru.process.TaskInput;
import vn.luutru.process.TaskInputCheck;

/**
 * The clerk's choice on refused rows: capture the good rows, cancel the intake, or (only
 * with a correction received, whose rows wait to be checked) check the corrected rows.
 */
@Component
class IntakeDecisionCheck implements TaskInputCheck {

	private final IntakeMapper mapper;

	IntakeDecisionCheck(IntakeMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public Set<String> taskKeys() {
		return Set.of("Task_FixRejectedRows");
	}

	@Override
	public void check(TaskInput input) {
		String decision = input.text(IntakeVariables.INTAKE_DECISION);
		if (IntakeVariables.RESUBMIT.equals(decision)) {
			Object id = input.raw(IntakeVariables.INTAKE_ID);
			if (!(id instanceof Number n) || this.mapper.countRowsIn(n.longValue(), IntakeRowStatus.READ) == 0) {
				new Problems().add(IntakeVariables.INTAKE_DECISION, "intake.error.resubmitWithoutCorrection")
					.throwIfAny();
			}
			return;
		}
		if (!IntakeVariables.CAPTURE_VALID.equals(decision) && !IntakeVariables.CANCEL.equals(decision)) {
			new Problems()
				.add(IntakeVariables.INTAKE_DECISION, "error.task.decision",
						IntakeVariables.CAPTURE_VALID + ", " + IntakeVariables.CANCEL)
				.throwIfAny();
		}
	}

}
