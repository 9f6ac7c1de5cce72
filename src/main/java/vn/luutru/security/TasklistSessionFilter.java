package vn.luutru.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One login for LuuTru's pages and the Camunda webapps, in both directions. A user who
 * signed in at {@code /} opens the Tasklist without a second login: the first request
 * under {@code /camunda/} puts the same user into the webapps' session (with the groups,
 * tenants and apps the engine grants), and the webapps' logout ends the LuuTru login too.
 * The other way, the Tasklist's forms read LuuTru's API with the officer's Tasklist
 * login: a request without its own login, in a session where the Camunda webapps signed
 * the user in, runs as that user. Only reads go this way; writes still need a LuuTru
 * login or CSRF token.
 */
class TasklistSessionFilter extends OncePerRequestFilter {

	private static final String ENGINE = "default";

	private final UserPrincipals principals;

	TasklistSessionFilter(UserPrincipals principals) {
		this.principals = principals;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !webapps(request) && (!"GET".equals(request.getMethod())
				|| !request.getRequestURI().startsWith(request.getContextPath() + "/api/"));
	}

	private static boolean webapps(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/camunda/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (webapps(request)) {
			carryLoginIntoWebapps(request);
			chain.doFilter(request, response);
			return;
		}
		HttpSession session = request.getSession(false);
		if (session != null && SecurityContextHolder.getContext().getAuthentication() == null) {
			Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
			Authentication camunda = (auths != null) ? auths.getAuthenticationForProcessEngine(ENGINE) : null;
			if (camunda != null && camunda.getName() != null) {
				CurrentUser user = this.principals.load(camunda.getName());
				SecurityContextHolder.getContext().setAuthentication(UserPrincipals.authentication(user));
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * The LuuTru login, if any, becomes the webapps' login of the same session; the
	 * webapps' logout ends both.
	 */
	private void carryLoginIntoWebapps(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return;
		}
		if ("POST".equals(request.getMethod())
				&& request.getRequestURI().endsWith("/api/admin/auth/user/" + ENGINE + "/logout")) {
			SecurityContextHolder.clearContext();
			session.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
			return;
		}
		Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
		if (auths != null && auths.hasAuthenticationForProcessEngine(ENGINE)) {
			return;
		}
		CurrentUsers.find().ifPresent((user) -> {
			Authentications updated = (auths != null) ? auths : new Authentications();
			updated.addOrReplace(AuthenticationUtil.createAuthentication(ENGINE, user.userId()));
			AuthenticationUtil.updateSession(session, updated);
		});
	}

}
