package vn.luutru.security;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a browser whose form login failed back to the login page: a locked login learns
 * when to try again (kept in its session, never taken from the address), any other
 * failure sees one message that does not tell a wrong user from a wrong password.
 */
public final class LoginFailurePages implements AuthenticationFailureHandler {

	static final String LOCKED_UNTIL = LoginFailurePages.class.getName() + ".lockedUntil";

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		if (ex instanceof LoginLockedException locked) {
			request.getSession().setAttribute(LOCKED_UNTIL, locked.until());
			response.sendRedirect(request.getContextPath() + "/login?locked");
			return;
		}
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

	/** Until when the last form login of this browser was locked, if it was. */
	public static Optional<Instant> lockedUntil(HttpSession session) {
		if (session != null && session.getAttribute(LOCKED_UNTIL) instanceof Instant until) {
			return Optional.of(until);
		}
		return Optional.empty();
	}

}
