package vn.luutru.security;

/**
 * The refusal the engine gave the current request, for the routes of its REST API that
 * turn every engine error into a 500 (for example a task's variables modified in one
 * call): the gate in front of the API answers it as the 400 it is, in Vietnamese and
 * English.
 */
public final class EngineRefusals {

	private static final ThreadLocal<String> LAST = new ThreadLocal<>();

	private EngineRefusals() {
	}

	/** Called where the engine refuses a caller's input. */
	public static void refused(String message) {
		LAST.set(message);
	}

	static String take() {
		String message = LAST.get();
		LAST.remove();
		return message;
	}

}
