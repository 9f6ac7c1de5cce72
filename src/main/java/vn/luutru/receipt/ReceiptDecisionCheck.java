package vn.luutru.receipt;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.luutru.common.Problems;
import vn.luutru.common.Text;
import vn.luutru.process.Decisions;
import vn.luutru.process.TaskInput;
import vn.luutru.process.TaskInputCheck;

/**
 * The historical archive's decision on a validated SIP: accept or reject; a rejection
 * needs its reason (the depositor reads it), and only a SIP still validated may be
 * accepted.
 */
@Component
class ReceiptDecisionCheck implements TaskInputCheck {

	static final String TASK = "Task_DecideReceipt";

	private final ReceiptMapper mapper;

	ReceiptDecisionCheck(ReceiptMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public Set<String> taskKeys() {
		return Set.of(TASK);
	}

	@Override
	public void check(TaskInput input) {
		Problems problems = new Problems();
		String decision = input.text("decision");
		if (Decisions.REJECT.equals(decision)) {
			if (Text.clean(input.text("comment")) == null) {
				problems.add("comment", "receipt.error.reasonRequired");
			}
		}
		else if (Decisions.APPROVE.equals(decision)) {
			Object id = input.raw(ReceiptProcessStarter.RECEIPT_ID);
			Receipt receipt = (id instanceof Number n) ? this.mapper.findById(n.longValue()) : null;
			if (receipt == null || receipt.status() != ReceiptStatus.VALIDATED) {
				problems.add("decision", "receipt.error.notAcceptable");
			}
		}
		else {
			problems.add("decision", "error.task.decision", Decisions.APPROVE + ", " + Decisions.REJECT);
		}
		problems.throwIfAny();
	}

}
