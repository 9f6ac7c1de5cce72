package vn.luutru.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the engine who calls {@code /engine-rest}, once Spring Security has checked the
 * login, so that task operations and the user operation log carry the real user, groups
 * and agency.
 */
class EngineAuthenticationFilter extends OncePerRequestFilter {

	private final IdentityService identityService;

	EngineAuthenticationFilter(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var user = CurrentUsers.find();
		if (user.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		CurrentUser u = user.get();
		List<String> groups = u.roles().stream().map(Role::groupId).toList();
		List<String> tenants = this.identityService.createTenantQuery()
			.userMember(u.userId())
			.list()
			.stream()
			.map((t) -> t.getId())
			.toList();
		this.identityService.setAuthentication(u.userId(), groups, tenants);
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

}
