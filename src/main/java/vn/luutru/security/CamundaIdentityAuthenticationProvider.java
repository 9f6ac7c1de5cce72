package vn.luutru.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

import vn.luutru.agency.Agency;
import vn.luutru.agency.AgencyDirectory;

/**
 * Checks logins against Camunda's identity service, the one user store that the API, the
 * Tasklist and Cockpit share. A user's agency is their Camunda tenant.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

	private final IdentityService identityService;

	private final AgencyDirectory agencies;

	CamundaIdentityAuthenticationProvider(IdentityService identityService, AgencyDirectory agencies) {
		this.identityService = identityService;
		this.agencies = agencies;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		String password = String.valueOf(authentication.getCredentials());
		if (userId == null || userId.isBlank() || !this.identityService.checkPassword(userId, password)) {
			throw new BadCredentialsException("Sai tên đăng nhập hoặc mật khẩu / Bad credentials");
		}
		CurrentUser user = load(userId);
		var authorities = user.roles().stream().map((r) -> new SimpleGrantedAuthority(r.authority())).toList();
		return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
	}

	CurrentUser load(String userId) {
		User user = this.identityService.createUserQuery().userId(userId).singleResult();
		List<Group> groups = this.identityService.createGroupQuery().groupMember(userId).list();
		Set<Role> roles = EnumSet.noneOf(Role.class);
		groups.forEach((g) -> Role.fromGroupId(g.getId()).ifPresent(roles::add));
		List<Tenant> tenants = this.identityService.createTenantQuery().userMember(userId).list();
		Agency agency = tenants.isEmpty() ? null : this.agencies.findByCode(tenants.get(0).getId()).orElse(null);
		String name = (user == null) ? userId : (user.getFirstName() + " " + user.getLastName()).strip();
		return new CurrentUser(userId, name, (agency != null) ? agency.id() : null,
				(agency != null) ? agency.code() : null, roles);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
