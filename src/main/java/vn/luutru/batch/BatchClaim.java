package vn.luutru.batch;

import java.util.List;

/**
 * What a batch's claim did: the files it took, and the files on the list it dropped
 * because a hold froze them or they no longer qualified (no longer due, retention
 * changed, taken by another batch). {@code done} is false when the files had been claimed
 * before (a retried step).
 */
public record BatchClaim(boolean done, int claimed, List<Long> droppedHeld, List<Long> droppedNotDue) {

	static final BatchClaim ALREADY = new BatchClaim(false, 0, List.of(), List.of());

	public int dropped() {
		return this.droppedHeld.size() + this.droppedNotDue.size();
	}

}
