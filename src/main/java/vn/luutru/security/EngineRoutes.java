package vn.luutru.security;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The routes of the engine's REST API ({@code /engine-rest} and the webapps' own
 * {@code /camunda/api/engine/engine/default}) that LuuTru opens: what the Tasklist,
 * Cockpit, the Admin app and API clients need, and nothing else. Reads are open to every
 * signed-in officer (the engine's authorization decides what each sees); writes are
 * listed one by one. Administrators may also repair (retries, incidents, suspension,
 * variables other than a process's ids) and administer users, groups and grants. Nobody
 * starts, moves or messages a process, deploys a model or runs a job early except LuuTru
 * itself.
 */
final class EngineRoutes {

	enum Verdict {

		/** Open to this caller. */
		OPEN,
		/** Not for this caller's role. */
		ADMIN_ONLY,
		/** Never through the engine's API, whoever asks. */
		CLOSED

	}

	private static final String ID = "[^/]+";

	private static final Pattern READS = Pattern
		.compile("/(engine|version|task|filter|process-definition|process-instance"
				+ "|history|authorization|user|group|tenant|identity|execution|variable-instance|job|job-definition"
				+ "|incident|deployment|decision-definition|decision-requirements-definition|case-definition"
				+ "|case-instance|case-execution|batch|event-subscription|external-task|schema)(/.*)?");

	/**
	 * The engine's figures for the whole province (activity counts, usage): for those who
	 * oversee it, managers and administrators (Cockpit's dashboard), not for every
	 * officer.
	 */
	private static final Pattern OVERSIGHT_READS = Pattern.compile("/(metrics|telemetry)(/.*)?");

	/** Writes every signed-in officer needs to work in the Tasklist. */
	private static final List<Route> OFFICER_WRITES = List.of(route("POST", "/task(/count)?"),
			route("POST", "/task/" + ID + "/(claim|unclaim|complete|submit-form|assignee|delegate|resolve)"),
			route("POST", "/task/" + ID + "/comment/create"),
			route("POST", "/task/" + ID + "/identity-links(/delete)?"), route("PUT", "/task/" + ID),
			route("POST", "/task/" + ID + "/variables"), route("(PUT|DELETE)", "/task/" + ID + "/variables/" + ID),
			route("POST", "/filter/" + ID + "/(list|count|singleResult)"), route("POST", "/filter/create"),
			route("(PUT|DELETE)", "/filter/" + ID),
			route("POST", "/(process-instance|execution|variable-instance)(/count)?"),
			route("POST", "/history/(?!cleanup)[a-z-]+(/count)?"));

	/**
	 * Never open: these run code, start or move processes, or skip LuuTru's own checks.
	 */
	private static final List<Route> CLOSED = List.of(route(".*", "/deployment/create"),
			route(".*", "/deployment/" + ID + "/redeploy"),
			route(".*", "/process-definition/(.+/)?(start|submit-form|restart|restart-async)"),
			route(".*", "/(message|signal|condition|migration|modification|external-task)(/.*)?"),
			route(".*", "/process-instance/(message-async|variables-async|suspended-async|job-retries)"),
			route(".*", "/process-instance/" + ID + "/(modification|modification-async)"),
			route("(POST|PUT|DELETE)", "/execution/.*"), route(".*", "/task/create"),
			route("(POST|PUT|DELETE)", "/task/" + ID + "/(localVariables|attachment)(/.*)?"),
			route("POST", "/(decision-definition|case-definition|case-instance|case-execution)/.*"),
			route(".*", "/identity/verify"),
			// A password is set only through LuuTru (/api/v1/users/me/password, and an
			// administrator's reset), under its policy and audited.
			route(".*", "/user/" + ID + "/credentials"));

	private EngineRoutes() {
	}

	/**
	 * @param method the HTTP method
	 * @param path the path below the engine's root, e.g. {@code /task/42/complete}
	 * @param userId the signed-in user, or null
	 * @param admin whether that user administers the system
	 * @param manager whether that user is a manager (reads every agency)
	 */
	static Verdict judge(String method, String path, String userId, boolean admin, boolean manager) {
		if (path.contains("//") || path.contains("..")) {
			return Verdict.CLOSED;
		}
		String p = (path.length() > 1 && path.endsWith("/")) ? path.substring(0, path.length() - 1) : path;
		if (p.isEmpty()) {
			p = "/";
		}
		for (Route r : CLOSED) {
			if (r.matches(method, p)) {
				return Verdict.CLOSED;
			}
		}
		if (userId != null && p.matches("/user/" + Pattern.quote(userId) + "(/credentials|/profile)?")
				&& !"GET".equals(method)) {
			// One's own account changes only through LuuTru (/api/v1/users/me), under its
			// rules; nobody deletes his own account.
			return Verdict.CLOSED;
		}
		boolean read = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
		if (read && READS.matcher(p).matches()) {
			return Verdict.OPEN;
		}
		if (read && OVERSIGHT_READS.matcher(p).matches() && manager) {
			return Verdict.OPEN;
		}
		for (Route r : OFFICER_WRITES) {
			if (r.matches(method, p)) {
				return Verdict.OPEN;
			}
		}
		return admin ? Verdict.OPEN : Verdict.ADMIN_ONLY;
	}

	private static Route route(String method, String path) {
		return new Route(Pattern.compile(method), Pattern.compile(path));
	}

	private record Route(Pattern method, Pattern path) {

		boolean matches(String m, String p) {
			return this.method.matcher(m).matches() && this.path.matcher(p).matches();
		}

	}

}
