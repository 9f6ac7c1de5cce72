package vn.luutru.destruction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.luutru.batch.BatchService;
import vn.luutru.batch.FormLists;
import vn.luutru.common.Problems;
import vn.luutru.file.DueDatePolicy;
import vn.luutru.file.RecordFile;
import vn.luutru.process.Decisions;
import vn.luutru.process.TaskInput;
import vn.luutru.process.TaskInputCheck;
import vn.luutru.process.Variables;
import vn.luutru.schedule.RetentionPeriod;

/**
 * The council's decisions: each for a file on the list, destroy or extend; an extension
 * is a real retention period that does not fall due at once (it would come straight back
 * to the council).
 */
@Component
class CouncilDecisionCheck implements TaskInputCheck {

	/** Dates as Vietnamese documents write them. */
	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final BatchService batches;

	private final DueDatePolicy policy;

	private final Clock clock;

	CouncilDecisionCheck(BatchService batches, DueDatePolicy policy, Clock clock) {
		this.batches = batches;
		this.policy = policy;
		this.clock = clock;
	}

	@Override
	public Set<String> taskKeys() {
		return Set.of("Task_CouncilReview");
	}

	@Override
	public void check(TaskInput input) {
		Problems problems = new Problems();
		List<Entry> decisions;
		try {
			decisions = FormLists.read(input.raw(Variables.COUNCIL_DECISIONS), Entry.class,
					Variables.COUNCIL_DECISIONS);
		}
		catch (IllegalArgumentException ex) {
			problems.add(Variables.COUNCIL_DECISIONS, "error.format").throwIfAny();
			return;
		}
		Map<Long, RecordFile> onList = this.batches.files(input.batchId())
			.stream()
			.collect(Collectors.toMap(RecordFile::id, Function.identity()));
		LocalDate today = LocalDate.now(this.clock);
		for (int i = 0; i < decisions.size(); i++) {
			Entry d = decisions.get(i);
			String field = Variables.COUNCIL_DECISIONS + "[" + i + "]";
			RecordFile file = (d.fileId() != null) ? onList.get(d.fileId()) : null;
			if (file == null) {
				problems.add(field + ".fileId", "error.task.notInBatch", String.valueOf(d.fileId()));
			}
			if (Decisions.EXTEND.equals(d.decision())) {
				checkExtension(d, file, field, today, problems);
			}
			else if (!Decisions.DESTROY.equals(d.decision())) {
				problems.add(field + ".decision", "error.task.decision", "DESTROY, EXTEND");
			}
		}
		problems.throwIfAny();
	}

	private void checkExtension(Entry d, RecordFile file, String field, LocalDate today, Problems problems) {
		RetentionPeriod period;
		if (!RetentionPeriod.isKnownCode(d.maintenanceCode())) {
			problems.add(field + ".maintenanceCode", "error.maintenanceCode");
			return;
		}
		try {
			period = RetentionPeriod.of(d.maintenanceCode(), d.years());
		}
		catch (IllegalArgumentException ex) {
			problems.add(field + ".years", "error.retentionYears");
			return;
		}
		if (file != null && !period.permanent()) {
			LocalDate due = this.policy.destructionReviewOn(file, period.years());
			if (!due.isAfter(today)) {
				problems.add(field + ".years", "error.task.extensionDueAtOnce", file.fileCode(), period.years(),
						due.format(DAY));
			}
		}
	}

	/** One entry of {@code councilDecisions}, as the form sends it. */
	record Entry(Long fileId, String decision, String maintenanceCode, Integer years, String note) {

	}

}
