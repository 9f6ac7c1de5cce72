package vn.luutru.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * LuuTru's own pages load scripts only from LuuTru itself (no inline script, no CDN), so
 * that a title a user typed can never run as script even if it slipped through escaping.
 * Styles allow inline values: the chart library sizes its elements that way.
 */
class PageSecurityHeaders implements HandlerInterceptor {

	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method
				&& method.getBeanType().isAnnotationPresent(org.springframework.stereotype.Controller.class)
				&& !method.getBeanType()
					.isAnnotationPresent(org.springframework.web.bind.annotation.RestController.class)) {
			response.setHeader("Content-Security-Policy", POLICY);
		}
		return true;
	}

}
