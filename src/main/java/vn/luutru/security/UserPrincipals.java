package vn.luutru.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.luutru.agency.Agency;
import vn.luutru.agency.AgencyDirectory;

/**
 * Builds a {@link CurrentUser} from Camunda's identity service (groups are roles, the
 * tenant is the agency), and runs work on behalf of a user where no request carries a
 * login (start-up data, process steps).
 */
@Component
public class UserPrincipals {

	private final IdentityService identityService;

	private final AgencyDirectory agencies;

	private final UserAgencyMapper userAgencies;

	UserPrincipals(IdentityService identityService, AgencyDirectory agencies, UserAgencyMapper userAgencies) {
		this.identityService = identityService;
		this.agencies = agencies;
		this.userAgencies = userAgencies;
	}

	public CurrentUser load(String userId) {
		User user = this.identityService.createUserQuery().userId(userId).singleResult();
		List<Group> groups = this.identityService.createGroupQuery().groupMember(userId).list();
		Set<Role> roles = EnumSet.noneOf(Role.class);
		groups.forEach((g) -> Role.fromGroupId(g.getId()).ifPresent(roles::add));
		Long home = this.userAgencies.findAgencyId(userId);
		Agency agency = (home != null) ? this.agencies.findById(home).orElse(null) : firstTenantAgency(userId);
		String name = (user == null) ? userId : (user.getFirstName() + " " + user.getLastName()).strip();
		return new CurrentUser(userId, name, (agency != null) ? agency.id() : null,
				(agency != null) ? agency.code() : null, roles);
	}

	private Agency firstTenantAgency(String userId) {
		List<Tenant> tenants = this.identityService.createTenantQuery().userMember(userId).list();
		return tenants.isEmpty() ? null : this.agencies.findByCode(tenants.get(0).getId()).orElse(null);
	}

	/** Runs the work with the given user signed in, then restores the previous login. */
	public static <T> T runAs(CurrentUser user, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication(user));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** The signed-in form of a user: the user as principal, the roles as authorities. */
	static UsernamePasswordAuthenticationToken authentication(CurrentUser user) {
		var authorities = user.roles().stream().map((r) -> new SimpleGrantedAuthority(r.authority())).toList();
		return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
	}

	/** The system itself, with the admin role and no agency. */
	public static CurrentUser system() {
		return new CurrentUser("system", "Hệ thống LuuTru", null, null, Set.of(Role.ADMIN));
	}

}
