package vn.luutru.security;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a signed-in reader to the routes made for readers: his registration, his access
 * requests and grants, the reading room pages, his own account (name, password). Every
 * other route, the engine's REST API and the Camunda webapps included, answers 403
 * whatever its own checks would say, so a route added later is closed to readers until it
 * is listed here.
 */
class ReaderConfinement extends OncePerRequestFilter {

	private static final Pattern READER_ROUTES = Pattern.compile(
			"/api/v1/readers/me(/.*)?|/api/v1/access-requests(/.*)?|/api/v1/users/me(/password)?|/account(/password)?"
					+ "|/api/v1/grants(/.*)?|/reader(/.*)?|/login|/logout|/error|/favicon\\.ico|/css/.*|/js/.*");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var user = CurrentUsers.find();
		if (user.isEmpty() || !user.get().has(Role.READER)) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if ("/".equals(path) && "GET".equals(request.getMethod())) {
			response.sendRedirect(request.getContextPath() + "/reader");
			return;
		}
		if (READER_ROUTES.matcher(path).matches() && !path.contains("..") && !path.contains("//")) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setContentType("application/problem+json;charset=UTF-8");
		response.getWriter()
			.write("{\"status\":403,\"title\":\"Forbidden\",\"detail\":\"Độc giả chỉ dùng phòng đọc trực tuyến"
					+ " (/reader, /api/v1/access-requests, /api/v1/grants)"
					+ " / Readers use the online reading room only\"}");
	}

}
