package vn.luutru.security;

import java.time.Instant;

/**
 * What the database holds about one login: the password hash as stored (with its
 * algorithm prefix), the revision of Camunda's user row, consecutive failures, the end of
 * a lock and when it was disabled.
 */
record StoredLogin(String userId, String passwordHash, int revision, int failedAttempts, Instant lockedUntil,
		Instant disabledAt) {

	/**
	 * Changes with every save of the user (password, name) on any node: what a remembered
	 * login must still match.
	 */
	String version() {
		return this.revision + ":" + this.passwordHash;
	}

	boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	boolean disabled() {
		return this.disabledAt != null;
	}

}
