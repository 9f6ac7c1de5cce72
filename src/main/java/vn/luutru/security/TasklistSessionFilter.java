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
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the Tasklist's forms read LuuTru's API with the officer's Tasklist login: a
 * request without its own login, in a session where the Camunda webapps signed the user
 * in, runs as that user. Only reads go this way; writes still need a LuuTru login or CSRF
 * token.
 */
class TasklistSessionFilter extends OncePerRequestFilter {

	private static final String ENGINE = "default";

	private final UserPrincipals principals;

	TasklistSessionFilter(UserPrincipals principals) {
		this.principals = principals;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod())
				|| !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
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

}
