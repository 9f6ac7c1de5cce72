package vn.luutru.batch;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.luutru.common.Problems;
import vn.luutru.file.RecordFile;
import vn.luutru.process.Decisions;
import vn.luutru.process.TaskInput;
import vn.luutru.process.TaskInputCheck;
import vn.luutru.process.Variables;

/**
 * A decision on a list (the head's approval of a transfer list or of a destruction, the
 * historical archive's acceptance): approve or reject, a rejection with its reasons; a
 * file taken off a transfer list must be on it and go with a reason.
 */
@Component
public class ListDecisionCheck implements TaskInputCheck {

	static final String APPROVE_TRANSFER_LIST = "Task_ApproveTransferList";

	private final BatchService batches;

	ListDecisionCheck(BatchService batches) {
		this.batches = batches;
	}

	@Override
	public Set<String> taskKeys() {
		return Set.of(APPROVE_TRANSFER_LIST, "Task_AcceptTransfer");
	}

	@Override
	public void check(TaskInput input) {
		Problems problems = new Problems();
		String decision = checkDecision(input, problems);
		if (APPROVE_TRANSFER_LIST.equals(input.taskKey()) && Decisions.APPROVE.equals(decision)) {
			checkRemovals(input, problems);
		}
		problems.throwIfAny();
	}

	/**
	 * The part every decision on a list shares: APPROVE or REJECT, a rejection with its
	 * reasons. Returns the decision.
	 */
	public static String checkDecision(TaskInput input, Problems problems) {
		String decision = input.text(Variables.DECISION);
		if (!Decisions.APPROVE.equals(decision) && !Decisions.REJECT.equals(decision)) {
			problems.add(Variables.DECISION, "error.task.decision", "APPROVE, REJECT");
		}
		if (Decisions.REJECT.equals(decision) && input.text(Variables.COMMENT) == null) {
			problems.add(Variables.COMMENT, "error.task.reasonRequired");
		}
		return decision;
	}

	private void checkRemovals(TaskInput input, Problems problems) {
		List<Removal> removals;
		try {
			removals = FormLists.read(input.raw(Variables.REMOVED_FILES), Removal.class, Variables.REMOVED_FILES);
		}
		catch (IllegalArgumentException ex) {
			problems.add(Variables.REMOVED_FILES, "error.format");
			return;
		}
		if (removals.isEmpty()) {
			return;
		}
		Set<Long> onList = this.batches.files(input.batchId()).stream().map(RecordFile::id).collect(Collectors.toSet());
		for (int i = 0; i < removals.size(); i++) {
			Removal r = removals.get(i);
			String field = Variables.REMOVED_FILES + "[" + i + "]";
			if (r.fileId() == null || !onList.contains(r.fileId())) {
				problems.add(field + ".fileId", "error.task.notInBatch", String.valueOf(r.fileId()));
			}
			if (r.reason() == null || r.reason().isBlank()) {
				problems.add(field + ".reason", "error.task.removalReason");
			}
		}
	}

	/** One entry of {@code removedFiles}, as the form sends it. */
	record Removal(Long fileId, String reason) {

	}

}
