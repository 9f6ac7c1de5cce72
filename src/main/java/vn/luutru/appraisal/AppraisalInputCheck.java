package vn.luutru.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.luutru.common.Problems;
import vn.luutru.file.FileCodeLists;
import vn.luutru.file.RetentionDeadlines;
import vn.luutru.process.Decisions;
import vn.luutru.process.TaskInput;
import vn.luutru.process.TaskInputCheck;
import vn.luutru.process.Variables;
import vn.luutru.schedule.RetentionPeriod;

/**
 * The archivist's appraisal: deposit or keep back; a retention the archivist changes must
 * be a real one (code 07 with its years); a file kept back needs the date, within the
 * limit, and the approval.
 */
@Component
class AppraisalInputCheck implements TaskInputCheck {

	private final RetentionDeadlines deadlines;

	private final Clock clock;

	AppraisalInputCheck(RetentionDeadlines deadlines, Clock clock) {
		this.deadlines = deadlines;
		this.clock = clock;
	}

	@Override
	public Set<String> taskKeys() {
		return Set.of("Task_AppraiseFile");
	}

	@Override
	public void check(TaskInput input) {
		Problems problems = new Problems();
		String decision = input.text(Variables.APPRAISAL_DECISION);
		if (!Decisions.DEPOSIT.equals(decision) && !Decisions.RETAIN.equals(decision)) {
			problems.add(Variables.APPRAISAL_DECISION, "error.task.decision", "DEPOSIT, RETAIN");
		}
		String code = input.text(Variables.MAINTENANCE_CODE);
		if (code != null) {
			if (!RetentionPeriod.isKnownCode(code)) {
				problems.add(Variables.MAINTENANCE_CODE, "error.maintenanceCode");
			}
			else if (RetentionPeriod.OTHER.equals(code)) {
				Integer years = years(input, problems);
				if (!problems.has(Variables.RETENTION_YEARS) && (years == null || years < 1 || years > 100)) {
					problems.add(Variables.RETENTION_YEARS, "error.retentionYears");
				}
			}
		}
		String mode = input.text(Variables.ACCESS_MODE);
		if (mode != null && !FileCodeLists.ACCESS_MODES.contains(mode)) {
			problems.add(Variables.ACCESS_MODE, "error.accessMode");
		}
		if (Decisions.RETAIN.equals(decision)) {
			checkRetention(input, problems);
		}
		problems.throwIfAny();
	}

	private void checkRetention(TaskInput input, Problems problems) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate latest = today.plus(this.deadlines.maxRetainedByUnit());
		String until = input.text(Variables.RETAINED_UNTIL);
		try {
			LocalDate date = (until != null) ? LocalDate.parse(until) : null;
			if (date == null || !date.isAfter(today) || date.isAfter(latest)) {
				problems.add(Variables.RETAINED_UNTIL, "error.task.retainedUntil",
						latest.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
			}
		}
		catch (DateTimeParseException ex) {
			problems.add(Variables.RETAINED_UNTIL, "error.invalidDate");
		}
		if (input.text(Variables.RETENTION_APPROVAL) == null) {
			problems.add(Variables.RETENTION_APPROVAL, "error.task.retentionApproval");
		}
	}

	private static Integer years(TaskInput input, Problems problems) {
		try {
			return input.integer(Variables.RETENTION_YEARS);
		}
		catch (NumberFormatException ex) {
			problems.add(Variables.RETENTION_YEARS, "error.retentionYears");
			return null;
		}
	}

}
