package vn.luutru.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.NotFoundException;

/**
 * Slows down password guessing without letting anybody lock an account for good: after
 * {@code max-failures} consecutive wrong passwords a login is locked for
 * {@code lockout-base}, doubling with each further failure up to {@code lockout-max}. A
 * right password after the lock ends, or an administrator, clears it. Kept in the
 * database so that every node agrees; called from inside the engine's password check
 * (GuardedIdentityProvider), so the API, the Camunda webapps' login and
 * {@code /engine-rest/identity/verify} share it.
 */
@Component
class LoginLocks {

	private final UserLoginMapper logins;

	private final AuditService audit;

	private final UserAgencyMapper userAgencies;

	private final Clock clock;

	private final int maxFailures;

	private final Duration base;

	private final Duration max;

	LoginLocks(UserLoginMapper logins, AuditService audit, UserAgencyMapper userAgencies, Clock clock,
			@Value("${luutru.security.max-failures:5}") int maxFailures,
			@Value("${luutru.security.lockout-base:PT1M}") Duration base,
			@Value("${luutru.security.lockout-max:PT15M}") Duration max) {
		this.logins = logins;
		this.audit = audit;
		this.userAgencies = userAgencies;
		this.clock = clock;
		this.maxFailures = Math.max(1, maxFailures);
		this.base = base;
		this.max = max;
	}

	/** The user's login state now, or null for an unknown user. */
	StoredLogin find(String userId) {
		return this.logins.find(userId);
	}

	Instant now() {
		return Instant.now(this.clock);
	}

	/** Runs inside the engine's transaction: the count commits with the failed check. */
	void failed(String userId) {
		Instant now = now();
		if (this.logins.countFailure(userId, now) == 0) {
			try {
				this.logins.insertFailure(userId, now);
			}
			catch (DuplicateKeyException ex) {
				// A concurrent first failure inserted the row.
				this.logins.countFailure(userId, now);
			}
		}
		int failures = this.logins.find(userId).failedAttempts();
		if (failures >= this.maxFailures) {
			Instant until = now.plus(lockFor(failures));
			this.logins.lockUntil(userId, until, now);
			this.audit.record(AuditAction.LOGIN_LOCKED, "user", userId, this.userAgencies.findAgencyId(userId),
					Map.of("failedAttempts", failures, "lockedUntil", until.toString()));
		}
	}

	/** A right password: the failures are forgotten. */
	void succeeded(StoredLogin before) {
		if (before.failedAttempts() > 0 || before.lockedUntil() != null) {
			this.logins.clearFailures(before.userId(), now());
		}
	}

	Duration lockFor(int failures) {
		int doublings = Math.min(failures - this.maxFailures, 30);
		Duration d = this.base.multipliedBy(1L << doublings);
		return (d.compareTo(this.max) > 0) ? this.max : d;
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void unlock(String userId) {
		StoredLogin login = this.logins.find(userId);
		if (login == null) {
			throw new NotFoundException("user", userId);
		}
		this.logins.clearFailures(userId, now());
		this.audit.record(AuditAction.USER_UNLOCKED, "user", userId, this.userAgencies.findAgencyId(userId),
				Map.of("failedAttempts", login.failedAttempts(), "wasLocked", login.lockedAt(now())));
	}

}
