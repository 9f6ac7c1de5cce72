package vn.luutru.security;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.agency.Agency;
import vn.luutru.agency.AgencyDirectory;
import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.ConflictException;
import vn.luutru.common.NotFoundException;
import vn.luutru.common.Problems;
import vn.luutru.common.Text;

/**
 * Users and their roles live in Camunda's identity service (hashed, salted passwords), so
 * the Tasklist and the API know the same people.
 */
@Service
public class UserService {

	/** Names LuuTru acts under itself, and the engine's own. */
	static final java.util.Set<String> RESERVED_LOGINS = java.util.Set.of("system", "timer", "camunda-admin",
			"anonymous", "root");

	private final IdentityService identityService;

	private final AgencyDirectory agencies;

	private final AuditService audit;

	private final Validator validator;

	private final UserAgencyMapper userAgencies;

	private final TenantAccess tenantAccess;

	private final CamundaTenantRegistry tenants;

	private final PasswordPolicy policy;

	private final UserLoginMapper logins;

	UserService(IdentityService identityService, AgencyDirectory agencies, AuditService audit, Validator validator,
			UserAgencyMapper userAgencies, TenantAccess tenantAccess, CamundaTenantRegistry tenants,
			PasswordPolicy policy, UserLoginMapper logins) {
		this.tenants = tenants;
		this.policy = policy;
		this.logins = logins;
		this.userAgencies = userAgencies;
		this.tenantAccess = tenantAccess;
		this.identityService = identityService;
		this.agencies = agencies;
		this.audit = audit;
		this.validator = validator;
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public UserView create(UserRequest request) {
		Problems problems = new Problems().validate(this.validator, request);
		this.policy.check("password", request.userId(), request.password(), problems);
		checkNewLogin(request.userId(), problems);
		Agency agency = null;
		if (request.agencyCode() != null) {
			agency = this.agencies.findByCode(Text.clean(request.agencyCode())).orElse(null);
			if (agency == null) {
				problems.add("agencyCode", "error.unknownAgency", request.agencyCode());
			}
		}
		List<Role> roles = new ArrayList<>();
		if (request.roles() != null) {
			for (String name : request.roles()) {
				Role.parse(name).ifPresentOrElse(roles::add, () -> problems.add("roles", "error.unknownRole", name));
			}
		}
		problems.throwIfAny();
		ensureGroups();
		// An agency whose rows came without the API (a database load, a restore) gets its
		// tenant here, before the new user is in any group or tenant.
		this.tenants.saveTenant(agency.code(), agency.name());
		User user = this.identityService.newUser(request.userId());
		user.setFirstName(Text.line(request.firstName()));
		user.setLastName(Text.line(request.lastName()));
		user.setEmail(Text.clean(request.email()));
		user.setPassword(request.password());
		this.identityService.saveUser(user);
		roles.forEach((r) -> this.identityService.createMembership(request.userId(), r.groupId()));
		this.userAgencies.insert(request.userId(), agency.id());
		this.tenantAccess.grant(request.userId(), agency.code(), roles);
		this.audit.record(AuditAction.USER_CREATED, "user", request.userId(), agency.id(),
				Map.of("roles", roles.stream().map(Role::groupId).toList(), "agency", agency.code()));
		return find(request.userId());
	}

	/**
	 * Adds the problems of a reader's chosen login and password (taken, too weak) to
	 * those the registration found.
	 */
	@Transactional(readOnly = true)
	public void checkNewReader(String userId, String password, Problems problems) {
		this.policy.check("password", userId, password, problems);
		checkNewLogin(userId, problems);
	}

	/**
	 * A new login is not taken and is none of the names LuuTru writes for its own work
	 * (in the audit trail, the sweeps, the backups), which a person must not wear.
	 */
	private void checkNewLogin(String userId, Problems problems) {
		if (userId == null) {
			return;
		}
		if (RESERVED_LOGINS.contains(userId.toLowerCase(java.util.Locale.ROOT))) {
			problems.add("userId", "error.reservedLogin", userId);
		}
		else if (this.identityService.createUserQuery().userId(userId).count() > 0) {
			problems.add("userId", "error.duplicate", userId);
		}
	}

	/**
	 * A reader's own account: in the reader group only, in no agency and no tenant, so it
	 * reaches no agency's records and no task (ReaderConfinement keeps it to its routes).
	 * Checked first with {@link #checkNewReader}.
	 */
	@Transactional
	public void createReader(String userId, String fullName, String email, String password) {
		ensureGroups();
		User user = this.identityService.newUser(userId);
		int space = fullName.lastIndexOf(' ');
		user.setFirstName((space > 0) ? fullName.substring(0, space) : fullName);
		user.setLastName((space > 0) ? fullName.substring(space + 1) : "");
		user.setEmail(email);
		user.setPassword(password);
		this.identityService.saveUser(user);
		this.identityService.createMembership(userId, Role.READER.groupId());
		this.audit.record(AuditAction.USER_CREATED, "user", userId, null,
				Map.of("roles", List.of(Role.READER.groupId())));
	}

	/**
	 * Removes another user. Nobody removes themselves, the administrator neither: the
	 * last administrator could not otherwise be locked out by a slip (the engine refuses
	 * it too, for {@code /engine-rest} and the Admin app: GuardedIdentityProvider).
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void delete(String userId) {
		if (CurrentUsers.require().userId().equals(userId)) {
			throw new ConflictException("error.cannotDeleteSelf");
		}
		if (this.identityService.createUserQuery().userId(userId).count() == 0) {
			throw new NotFoundException("user", userId);
		}
		Long agencyId = this.userAgencies.findAgencyId(userId);
		this.identityService.deleteUser(userId);
		this.userAgencies.delete(userId);
		this.logins.delete(userId);
		this.audit.record(AuditAction.USER_DELETED, "user", userId, agencyId, Map.of());
	}

	/**
	 * Sets a new password for a user who forgot his, under the same policy as a user's
	 * own change, audited (never the password). The engine's own credentials route is
	 * closed to everyone (EngineRoutes), so that this is the only way.
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void resetPassword(String userId, PasswordResetRequest request) {
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

	/**
	 * Creates the role groups once; they are the candidate groups of the process models.
	 */
	@Transactional
	public void ensureGroups() {
		for (Role role : Role.values()) {
			if (this.identityService.createGroupQuery().groupId(role.groupId()).count() == 0) {
				Group group = this.identityService.newGroup(role.groupId());
				group.setName(role.label());
				group.setType(role == Role.ADMIN ? "SYSTEM" : "WORKFLOW");
				this.identityService.saveGroup(group);
			}
		}
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
	public List<UserView> list() {
		return this.identityService.createUserQuery()
			.list()
			.stream()
			.map((u) -> find(u.getId()))
			.sorted(Comparator.comparing(UserView::userId))
			.toList();
	}

	private UserView find(String userId) {
		User u = this.identityService.createUserQuery().userId(userId).singleResult();
		List<String> roles = this.identityService.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map(Group::getId)
			.sorted()
			.toList();
		Long agencyId = this.userAgencies.findAgencyId(userId);
		String agencyCode = (agencyId != null) ? this.agencies.findById(agencyId).map(Agency::code).orElse(null) : null;
		return new UserView(u.getId(), u.getFirstName(), u.getLastName(), u.getEmail(), agencyCode, roles);
	}

}
