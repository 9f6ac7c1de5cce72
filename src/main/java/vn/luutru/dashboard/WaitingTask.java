package vn.luutru.dashboard;

import java.time.Duration;
import java.time.Instant;

/**
 * An open engine task as the pages show it: who holds it (the officer who claimed it, or
 * the group it waits on) and how many whole days it has waited.
 */
public record WaitingTask(String id, String name, String taskKey, String agencyCode, Instant createdAt, String assignee,
		String candidateGroup, long ageDays) {

	/** The same task with its age counted at {@code now}. */
	WaitingTask agedAt(Instant now) {
		long days = Math.max(0, Duration.between(this.createdAt, now).toDays());
		return new WaitingTask(this.id, this.name, this.taskKey, this.agencyCode, this.createdAt, this.assignee,
				this.candidateGroup, days);
	}

	/** The task in the Camunda Tasklist. */
	public String tasklistLink() {
		return "/camunda/app/tasklist/default/#/?task=" + this.id;
	}

}
