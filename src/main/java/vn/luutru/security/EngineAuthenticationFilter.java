package vn.luutru.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The gate in front of the engine's REST API, both {@code /engine-rest} and the webapps'
 * {@code /camunda/api/engine}: a route LuuTru does not open ({@link EngineRoutes}) is
 * refused here, before the engine touches the job, task or instance it names. For
 * {@code /engine-rest} it also tells the engine who calls, once Spring Security has
 * checked the login, so that task operations and the user operation log carry the real
 * user, groups and agency (the webapps do that from their own session).
 */
class EngineAuthenticationFilter extends OncePerRequestFilter {

	private static final Pattern ENGINE_REST = Pattern.compile("/engine-rest(/engine/[^/]+)?(/.*)?");

	private static final Pattern WEBAPP_ENGINE = Pattern.compile("/camunda/api/engine/engine/([^/]+)(/.*)?");

	private static final Pattern WEBAPP_SETUP = Pattern.compile("/camunda/api/admin/setup(/.*)?");

	/**
	 * A task's own routes whose "task not found" the engine answers 400: for a task the
	 * caller may not see (another agency's), as for one that does not exist.
	 */
	private static final Pattern TASK_ROUTE = Pattern
		.compile("/task/([^/]+)/(comment/create|form|rendered-form|deployed-form|form-variables|complete|submit-form"
				+ "|resolve|claim|unclaim|assignee|delegate|identity-links|variables)");

	private static final ObjectMapper JSON = new ObjectMapper();

	private final IdentityService identityService;

	EngineAuthenticationFilter(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = path(request);
		return !path.startsWith("/engine-rest") && !path.startsWith("/camunda/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = path(request);
		Matcher rest = ENGINE_REST.matcher(path);
		Matcher webapp = WEBAPP_ENGINE.matcher(path);
		if (WEBAPP_SETUP.matcher(path).matches()) {
			// The first administrator comes from the configuration, never from this page.
			refuse(response, EngineRoutes.Verdict.CLOSED);
			return;
		}
		if (webapp.matches()) {
			Authentication user = webappUser(request, webapp.group(1));
			java.util.Collection<String> groups = (user instanceof org.camunda.bpm.webapp.impl.security.auth.UserAuthentication u
					&& u.getGroupIds() != null) ? u.getGroupIds() : List.of();
			if (groups.contains(Role.READER.groupId())) {
				// A reader who signed in through the webapps' own login: the reading room
				// is his only place (ReaderConfinement guards LuuTru's own session).
				refuse(response, EngineRoutes.Verdict.CLOSED);
				return;
			}
			if (!pass(request, response, webapp.group(2), (user != null) ? user.getName() : null,
					groups.contains(Role.ADMIN.groupId()), groups.contains(Role.MANAGER.groupId()))) {
				return;
			}
			answer(request, response, chain, webapp.group(2), true);
			return;
		}
		if (!rest.matches()) {
			chain.doFilter(request, response);
			return;
		}
		var current = CurrentUsers.find();
		if (current.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		CurrentUser u = current.get();
		if (!pass(request, response, rest.group(2), u.userId(), u.has(Role.ADMIN), u.has(Role.MANAGER))) {
			return;
		}
		List<String> groups = u.roles().stream().map(Role::groupId).toList();
		List<String> tenants = this.identityService.createTenantQuery()
			.userMember(u.userId())
			.list()
			.stream()
			.map((t) -> t.getId())
			.toList();
		this.identityService.setAuthentication(u.userId(), groups, tenants);
		try {
			answer(request, response, chain, rest.group(2), false);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	/**
	 * Runs the engine's API; a write the engine refused as bad input but answered with
	 * 500 is answered with 400 and the refusal, and a task of another agency (the
	 * engine's ENGINE-13034, a 500 too) with 403; a task the caller cannot see, which the
	 * engine's task routes answer 400, with 404 as a task that does not exist. Reads
	 * through {@code /engine-rest} are answered as they come ({@link TenantRefusals} sets
	 * their status), but for a task's own routes; the webapps' are buffered too.
	 */
	private static void answer(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			String enginePath, boolean bufferReads) throws ServletException, IOException {
		EngineRefusals.take();
		if (badPaging(request)) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setContentType("application/json;charset=UTF-8");
			response.getWriter()
				.write(JSON.writeValueAsString(Map.of("type", "InvalidRequestException", "message",
						"firstResult và maxResults phải là số nguyên không âm"
								+ " / firstResult and maxResults must be whole numbers, not negative")));
			return;
		}
		Matcher task = TASK_ROUTE.matcher((enginePath != null) ? enginePath : "/");
		boolean taskRoute = task.matches();
		if (!bufferReads && !taskRoute && "GET".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, buffered);
		}
		finally {
			EngineRefusals.Refusal refusal = EngineRefusals.take();
			int status = buffered.getStatus();
			if (refusal != null && (status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR
					|| (status == HttpServletResponse.SC_BAD_REQUEST && refusal.status() != status))) {
				buffered.resetBuffer();
				buffered.setStatus(refusal.status());
				buffered.setContentType("application/json;charset=UTF-8");
				buffered.getWriter()
					.write(JSON.writeValueAsString(Map.of("type", (refusal.status() == HttpServletResponse.SC_FORBIDDEN)
							? "AuthorizationException" : "InvalidRequestException", "message", refusal.message())));
				buffered.getWriter().flush();
			}
			else if (status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR
					&& new String(buffered.getContentAsByteArray(), StandardCharsets.UTF_8)
						.contains(TenantRefusals.TENANT_REFUSED)) {
				buffered.setStatus(HttpServletResponse.SC_FORBIDDEN);
			}
			else if (taskRoute
					&& (status == HttpServletResponse.SC_BAD_REQUEST
							|| status == HttpServletResponse.SC_INTERNAL_SERVER_ERROR)
					&& taskNotFound(new String(buffered.getContentAsByteArray(), StandardCharsets.UTF_8))) {
				buffered.resetBuffer();
				buffered.setStatus(HttpServletResponse.SC_NOT_FOUND);
				buffered.setContentType("application/json;charset=UTF-8");
				buffered.getWriter()
					.write(JSON.writeValueAsString(Map.of("type", "InvalidRequestException", "message",
							"Không tìm thấy công việc " + task.group(1) + " / No task " + task.group(1))));
				buffered.getWriter().flush();
			}
			buffered.copyBodyToResponse();
		}
	}

	/**
	 * The engine's 400 for a task it did not find (the caller's authorizations apply).
	 */
	private static boolean taskNotFound(String body) {
		return body.contains("No task found") || body.contains("Cannot get form for task")
				|| body.contains("Cannot find task") || body.contains("task is null");
	}

	/** The engine answers a negative page bound with a database error (500). */
	private static boolean badPaging(HttpServletRequest request) {
		for (String name : new String[] { "firstResult", "maxResults" }) {
			String value = request.getParameter(name);
			if (value != null && !value.matches("\\d{1,9}")) {
				return true;
			}
		}
		return false;
	}

	private static boolean pass(HttpServletRequest request, HttpServletResponse response, String enginePath,
			String userId, boolean admin, boolean manager) throws IOException {
		EngineRoutes.Verdict verdict = EngineRoutes.judge(request.getMethod(), (enginePath != null) ? enginePath : "/",
				userId, admin, manager);
		if (verdict == EngineRoutes.Verdict.OPEN) {
			return true;
		}
		refuse(response, verdict);
		return false;
	}

	private static void refuse(HttpServletResponse response, EngineRoutes.Verdict verdict) throws IOException {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		response.setContentType("application/json;charset=UTF-8");
		String message = (verdict == EngineRoutes.Verdict.CLOSED)
				? "Thao tác này không mở qua API của bộ máy quy trình; dùng LuuTru (/api/v1)"
						+ " / This operation is not open through the engine's API; use LuuTru (/api/v1)"
				: "Chỉ quản trị viên được thực hiện thao tác này / Only an administrator may do this";
		response.getWriter()
			.write(JSON.writeValueAsString(Map.of("type", "AuthorizationException", "message", message)));
	}

	/**
	 * The engine's own shape of a refusal: Cockpit and the Tasklist read
	 * {@code missingAuthorizations} from every AuthorizationException.
	 */
	private static Map<String, Object> authorizationRefusal(String message) {
		return Map.of("type", "AuthorizationException", "message", message, "missingAuthorizations", List.of());
	}

	private static Authentication webappUser(HttpServletRequest request, String engine) {
		HttpSession session = request.getSession(false);
		Authentications auths = (session != null) ? AuthenticationUtil.getAuthsFromSession(session) : null;
		return (auths != null) ? auths.getAuthenticationForProcessEngine(engine) : null;
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
