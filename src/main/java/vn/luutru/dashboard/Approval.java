package vn.luutru.dashboard;

import java.util.Arrays;
import java.util.List;

/**
 * The decisions that keep a batch waiting (the ones that escalate to the managers when
 * late): the user tasks of the transfer and destruction models.
 */
enum Approval {

	TRANSFER_LIST("Task_ApproveTransferList"), TRANSFER_ACCEPTANCE("Task_AcceptTransfer"),
	COUNCIL_REVIEW("Task_CouncilReview"), DESTRUCTION_DECISION("Task_ApproveDestruction");

	private final String taskKey;

	Approval(String taskKey) {
		this.taskKey = taskKey;
	}

	static List<String> taskKeys() {
		return Arrays.stream(values()).map((a) -> a.taskKey).toList();
	}

}
