package vn.luutru.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.IdentityService;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import vn.luutru.common.ProblemTexts;

/**
 * Checks logins against Camunda's identity service, the one user store that the API, the
 * Tasklist and Cockpit share. A user's agency is their Camunda tenant. Locked and
 * disabled logins are refused before any password check; a login remembered by
 * {@link LoginCache} costs one indexed read instead of a bcrypt check.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss dd/MM/yyyy");

	private final IdentityService identityService;

	private final UserPrincipals principals;

	private final LoginCache logins;

	private final LoginLocks locks;

	private final ProblemTexts texts;

	private final Clock clock;

	CamundaIdentityAuthenticationProvider(IdentityService identityService, UserPrincipals principals, LoginCache logins,
			LoginLocks locks, ProblemTexts texts, Clock clock) {
		this.identityService = identityService;
		this.principals = principals;
		this.logins = logins;
		this.locks = locks;
		this.texts = texts;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		String password = String.valueOf(authentication.getCredentials());
		if (userId == null || userId.isBlank()) {
			throw badCredentials();
		}
		StoredLogin login = this.locks.find(userId);
		refuseBlocked(login);
		CurrentUser user = (login != null) ? this.logins.find(userId, password, login.version()) : null;
		if (user != null) {
			// A right password, remembered or not, forgets the wrong ones before it.
			this.locks.succeeded(login);
		}
		else {
			if (!this.identityService.checkPassword(userId, password)) {
				// This very failure may have locked the login: say so at once.
				refuseBlocked(this.locks.find(userId));
				throw badCredentials();
			}
			user = this.principals.load(userId);
			// Read again: the check may have rehashed an old SHA-512 password.
			StoredLogin stored = this.locks.find(userId);
			if (stored != null) {
				this.logins.remember(userId, password, stored.version(), user);
			}
		}
		return UserPrincipals.authentication(user);
	}

	private void refuseBlocked(StoredLogin login) {
		if (login == null) {
			return;
		}
		if (login.disabled()) {
			throw new DisabledException(text("login.disabled"));
		}
		Instant now = this.locks.now();
		if (login.lockedAt(now)) {
			long minutes = Math.max(1, Duration.between(now, login.lockedUntil()).toSeconds() / 60 + 1);
			String at = TIME.format(login.lockedUntil().atZone(this.clock.getZone()));
			throw new LoginLockedException(text("login.locked", minutes, at), login.lockedUntil());
		}
	}

	private BadCredentialsException badCredentials() {
		return new BadCredentialsException(text("login.badCredentials"));
	}

	private String text(String code, Object... args) {
		return this.texts.vi(code, args) + " / " + this.texts.en(code, args);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
