package vn.luutru.security;

import java.util.Map;

import jakarta.validation.Validator;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.NotFoundException;
import vn.luutru.common.Problems;

/**
 * An administrator sets a new password for a user who forgot his, under the same policy
 * as a user's own change, audited (never the password). The engine's own credentials
 * route is closed to everyone (EngineRoutes), so that this is the only way.
 */
@Service
class PasswordReset {

	private final IdentityService identityService;

	private final PasswordPolicy policy;

	private final AuditService audit;

	private final Validator validator;

	private final UserAgencyMapper userAgencies;

	PasswordReset(IdentityService identityService, PasswordPolicy policy, AuditService audit, Validator validator,
			UserAgencyMapper userAgencies) {
		this.identityService = identityService;
		this.policy = policy;
		this.audit = audit;
		this.validator = validator;
		this.userAgencies = userAgencies;
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void reset(String userId, PasswordResetRequest request) {
		User user = this.identityService.createUserQuery().userId(userId).singleResult();
		if (user == null) {
			throw new NotFoundException("user", userId);
		}
		Problems problems = new Problems().validate(this.validator, request);
		if (!problems.has("newPassword")) {
			this.policy.check("newPassword", userId, request.newPassword(), problems);
		}
		problems.throwIfAny();
		user.setPassword(request.newPassword());
		this.identityService.saveUser(user);
		this.audit.record(AuditAction.USER_PASSWORD_RESET, "user", userId, this.userAgencies.findAgencyId(userId),
				Map.of("by", CurrentUsers.require().userId()));
	}

}
