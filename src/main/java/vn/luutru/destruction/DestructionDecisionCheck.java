package vn.luutru.destruction;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.luutru.batch.Batch;
import vn.luutru.batch.BatchService;
import vn.luutru.batch.ListDecisionCheck;
import vn.luutru.common.Problems;
import vn.luutru.forms.DocumentNumbers;
import vn.luutru.forms.VietnameseDates;
import vn.luutru.process.Decisions;
import vn.luutru.process.TaskInput;
import vn.luutru.process.Variables;

/**
 * The agency head's decision on a destruction ({@code Task_ApproveDestruction}): approve
 * or reject as every list decision; an approval names the decision the minutes cite, its
 * number ("15/QĐ-SNV") and the day it was signed, not in the future and not before the
 * list it decides on was drawn up.
 */
@Component
class DestructionDecisionCheck implements vn.luutru.process.TaskInputCheck {

	static final String TASK = "Task_ApproveDestruction";

	private final BatchService batches;

	private final Clock clock;

	DestructionDecisionCheck(BatchService batches, Clock clock) {
		this.batches = batches;
		this.clock = clock;
	}

	@Override
	public Set<String> taskKeys() {
		return Set.of(TASK);
	}

	@Override
	public void check(TaskInput input) {
		Problems problems = new Problems();
		String decision = ListDecisionCheck.checkDecision(input, problems);
		if (Decisions.APPROVE.equals(decision)) {
			String number = input.text(Variables.DECISION_NUMBER);
			if (number == null) {
				problems.add(Variables.DECISION_NUMBER, "error.forms.decisionNumberRequired");
			}
			else if (!DocumentNumbers.isDecisionNumber(number)) {
				problems.add(Variables.DECISION_NUMBER, "error.forms.decisionNumber", number);
			}
			checkDate(input, problems);
		}
		problems.throwIfAny();
	}

	private void checkDate(TaskInput input, Problems problems) {
		LocalDate date;
		try {
			date = DecisionDates.read(input.raw(Variables.DECISION_DATE), this.clock.getZone());
		}
		catch (IllegalArgumentException ex) {
			problems.add(Variables.DECISION_DATE, "error.forms.decisionDateFormat");
			return;
		}
		if (date == null) {
			problems.add(Variables.DECISION_DATE, "error.forms.decisionDateRequired");
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		if (date.isAfter(today)) {
			problems.add(Variables.DECISION_DATE, "error.forms.decisionDateFuture", VietnameseDates.numeric(today));
			return;
		}
		LocalDate listed = listedOn(input.batchId());
		if (listed != null && date.isBefore(listed)) {
			problems.add(Variables.DECISION_DATE, "error.forms.decisionDateBeforeList",
					VietnameseDates.numeric(listed));
		}
	}

	/** The day the destruction list was drawn up, in the agencies' time. */
	private LocalDate listedOn(Long batchId) {
		if (batchId == null) {
			return null;
		}
		Batch batch = this.batches.require(batchId);
		Instant listed = (batch.claimedAt() != null) ? batch.claimedAt() : batch.createdAt();
		return (listed != null) ? listed.atZone(this.clock.getZone()).toLocalDate() : null;
	}

}
