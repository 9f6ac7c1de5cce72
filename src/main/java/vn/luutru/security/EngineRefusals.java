package vn.luutru.security;

/**
 * The refusal the engine gave the current request, for the routes of its REST API that
 * turn an engine error into another status (a 500 for a task's variables modified in one
 * call, a 400 "not enough parameters" for a comment): the gate in front of the API
 * answers it as the 400 or 403 it is, in Vietnamese and English.
 */
public final class EngineRefusals {

	private static final ThreadLocal<Refusal> LAST = new ThreadLocal<>();

	private EngineRefusals() {
	}

	/** Called where the engine refuses a caller's input (400). */
	public static void refused(String message) {
		LAST.set(new Refusal(400, message));
	}

	/**
	 * Called where LuuTru's guard refuses a caller the engine's own checks let through
	 * (403).
	 */
	public static void forbidden(String message) {
		LAST.set(new Refusal(403, message));
	}

	/**
	 * Whether the engine refused the current request's input or caller and the gate has
	 * not answered it yet: what the engine's REST layer logs about it meanwhile is no
	 * error.
	 */
	public static boolean pending() {
		return LAST.get() != null;
	}

	static Refusal take() {
		Refusal refusal = LAST.get();
		LAST.remove();
		return refusal;
	}

	record Refusal(int status, String message) {

	}

}
