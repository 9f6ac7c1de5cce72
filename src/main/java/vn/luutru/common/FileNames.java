package vn.luutru.common;

/**
 * The name of an uploaded file, as it is kept and shown: a document's content, a SIP
 * received, an intake's ZIP or sheet. One check for all, so that a name every upload
 * refuses is refused with the same field and message (400), never left to the column.
 */
public final class FileNames {

	/** Every column that keeps an upload's name is varchar(255). */
	public static final int MAX = 255;

	private FileNames() {
	}

	/**
	 * The name cleaned ({@link Text#clean}), null when none was given; a name that points
	 * into folders, holds control characters or does not fit the column adds a problem on
	 * {@code fileName}.
	 */
	public static String checked(String name, Problems problems) {
		String clean = Text.clean(name);
		if (clean == null) {
			return null;
		}
		if (clean.contains("/") || clean.contains("\\") || clean.contains("..")
				|| name.chars().anyMatch((c) -> c < 0x20) || Text.firstForbidden(name) >= 0) {
			problems.add("fileName", "error.fileName");
		}
		else if (Text.tooLong(clean, MAX)) {
			problems.add("fileName", "error.tooLong", MAX);
		}
		return clean;
	}

	/** As {@link #checked(String, Problems)}, refusing at once (400). */
	public static String checked(String name) {
		Problems problems = new Problems();
		String clean = checked(name, problems);
		problems.throwIfAny();
		return clean;
	}

}
