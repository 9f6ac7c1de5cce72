package vn.luutru.file;

import java.time.Clock;

/**
 * The real due-date policy for other features' unit tests, with the default deadlines.
 */
public final class DueDatePolicies {

	private DueDatePolicies() {
	}

	public static DueDatePolicy withDefaults(Clock clock) {
		return new DueDatePolicy(new RetentionDeadlines(null, null, null, null, null, null), clock);
	}

}
