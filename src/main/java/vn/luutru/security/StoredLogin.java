package vn.luutru.security;

import java.time.Instant;

/**
 * What the database holds about one login: the password hash as stored (with its
 * algorithm prefix), consecutive failures, the end of a lock and when it was disabled.
 */
record StoredLogin(String userId, String passwordHash, int failedAttempts, Instant lockedUntil, Instant disabledAt) {

	boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	boolean disabled() {
		return this.disabledAt != null;
	}

}
