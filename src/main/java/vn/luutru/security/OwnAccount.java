package vn.luutru.security;

import java.util.Map;
import java.util.Objects;

import jakarta.validation.Validator;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.Problems;
import vn.luutru.common.Text;

/**
 * What every user changes about themselves, and only here: Camunda's own user routes are
 * closed to them (OwnUserReadOnly), so that its rules cannot be walked around.
 */
@Service
public class OwnAccount {

	private final IdentityService identityService;

	private final PasswordPolicy policy;

	private final AuditService audit;

	private final Validator validator;

	private final UserAgencyMapper userAgencies;

	OwnAccount(IdentityService identityService, PasswordPolicy policy, AuditService audit, Validator validator,
			UserAgencyMapper userAgencies) {
		this.identityService = identityService;
		this.policy = policy;
		this.audit = audit;
		this.validator = validator;
		this.userAgencies = userAgencies;
	}

	@Transactional
	public void changeProfile(ProfileRequest request) {
		new Problems().validate(this.validator, request).throwIfAny();
		String userId = CurrentUsers.require().userId();
		User user = this.identityService.createUserQuery().userId(userId).singleResult();
		user.setFirstName(Text.line(request.firstName()));
		user.setLastName(Text.line(request.lastName()));
		user.setEmail(Text.clean(request.email()));
		this.identityService.saveUser(user);
		this.audit.record(AuditAction.USER_PROFILE_CHANGED, "user", userId, this.userAgencies.findAgencyId(userId),
				Map.of("firstName", user.getFirstName(), "lastName", user.getLastName(), "email",
						Objects.toString(user.getEmail(), "")));
	}

	/**
	 * Checks the current password through the engine, so that a wrong one counts towards
	 * the lock like any wrong login: a session left open is no way to guess it.
	 */
	@Transactional(noRollbackFor = vn.luutru.common.InvalidInputException.class)
	public void changePassword(PasswordChangeRequest request) {
		String userId = CurrentUsers.require().userId();
		Problems problems = new Problems().validate(this.validator, request);
		if (!problems.has("currentPassword")
				&& !this.identityService.checkPassword(userId, request.currentPassword())) {
			problems.add("currentPassword", "error.passwordWrong");
		}
		if (!problems.has("newPassword") && request.newPassword().equals(request.currentPassword())) {
			problems.add("newPassword", "error.passwordUnchanged");
		}
		this.policy.check("newPassword", userId, request.newPassword(), problems);
		problems.throwIfAny();
		User user = this.identityService.createUserQuery().userId(userId).singleResult();
		user.setPassword(request.newPassword());
		this.identityService.saveUser(user);
		// Never the password, old or new.
		this.audit.record(AuditAction.USER_PASSWORD_CHANGED, "user", userId, this.userAgencies.findAgencyId(userId),
				Map.of("by", userId));
	}

}
