package vn.luutru.security;

import org.camunda.bpm.engine.IdentityService;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Checks logins against Camunda's identity service, the one user store that the API, the
 * Tasklist and Cockpit share. A user's agency is their Camunda tenant.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

	private final IdentityService identityService;

	private final UserPrincipals principals;

	private final LoginCache logins;

	CamundaIdentityAuthenticationProvider(IdentityService identityService, UserPrincipals principals,
			LoginCache logins) {
		this.identityService = identityService;
		this.principals = principals;
		this.logins = logins;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		String password = String.valueOf(authentication.getCredentials());
		CurrentUser user = (userId != null) ? this.logins.find(userId, password) : null;
		if (user == null) {
			if (userId == null || userId.isBlank() || !this.identityService.checkPassword(userId, password)) {
				throw new BadCredentialsException("Sai tên đăng nhập hoặc mật khẩu / Bad credentials");
			}
			user = this.principals.load(userId);
			this.logins.remember(userId, password, user);
		}
		return UserPrincipals.authentication(user);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
