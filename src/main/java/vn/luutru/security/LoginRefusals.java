package vn.luutru.security;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers a refused HTTP Basic login with 401 and a problem detail saying why in both
 * languages; a locked login also says when to try again ({@code Retry-After}, seconds).
 */
class LoginRefusals implements AuthenticationEntryPoint {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"LuuTru\"");
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "urn:luutru:problem:unauthorized");
		problem.put("status", 401);
		String message = (ex.getMessage() != null && ex.getMessage().contains(" / ")) ? ex.getMessage()
				: "Cần đăng nhập / Authentication required";
		problem.put("title", message);
		int split = message.indexOf(" / ");
		problem.put("detail", message.substring(0, split));
		problem.put("detailEn", message.substring(split + 3));
		if (ex instanceof LoginLockedException locked) {
			long seconds = Math.max(1, Duration.between(java.time.Instant.now(), locked.until()).toMillis() / 1000 + 1);
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			problem.put("lockedUntil", locked.until().toString());
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		JSON.writeValue(response.getOutputStream(), problem);
	}

}
