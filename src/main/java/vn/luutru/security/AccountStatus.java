package vn.luutru.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.ConflictException;
import vn.luutru.common.NotFoundException;

/**
 * An administrator turns a login off (an officer who left) and on again, instead of
 * deleting the user whose name the records and the audit trail keep. A disabled login is
 * refused at its next request on every node: each Basic call reads the login state.
 */
@Service
class AccountStatus {

	private final UserLoginMapper logins;

	private final AuditService audit;

	private final UserAgencyMapper userAgencies;

	private final Clock clock;

	AccountStatus(UserLoginMapper logins, AuditService audit, UserAgencyMapper userAgencies, Clock clock) {
		this.logins = logins;
		this.audit = audit;
		this.userAgencies = userAgencies;
		this.clock = clock;
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void disable(String userId) {
		require(userId);
		if (CurrentUsers.require().userId().equals(userId)) {
			throw new ConflictException("error.cannotDisableSelf");
		}
		Instant now = Instant.now(this.clock);
		if (this.logins.disable(userId, now) == 0) {
			try {
				this.logins.insertDisabled(userId, now);
			}
			catch (DuplicateKeyException ex) {
				this.logins.disable(userId, now);
			}
		}
		this.audit.record(AuditAction.USER_DISABLED, "user", userId, this.userAgencies.findAgencyId(userId), Map.of());
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void enable(String userId) {
		require(userId);
		if (this.logins.enable(userId, Instant.now(this.clock)) > 0) {
			this.audit.record(AuditAction.USER_ENABLED, "user", userId, this.userAgencies.findAgencyId(userId),
					Map.of());
		}
	}

	private void require(String userId) {
		if (this.logins.find(userId) == null) {
			throw new NotFoundException("user", userId);
		}
	}

}
