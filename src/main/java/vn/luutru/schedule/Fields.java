package vn.luutru.schedule;

import vn.luutru.common.Problems;
import vn.luutru.common.Text;

/**
 * Field checks shared by the API and the Excel imports, which name fields with a prefix
 * such as {@code rows[5].}. Only the first problem of a field is reported.
 */
final class Fields {

	private final Problems problems;

	private final String prefix;

	Fields(Problems problems, String prefix) {
		this.problems = problems;
		this.prefix = prefix;
	}

	Problems problems() {
		return this.problems;
	}

	String name(String field) {
		return this.prefix + field;
	}

	/** NFC-normalised text, checked for presence and length; null when blank. */
	String text(String field, String value, int max, boolean required) {
		String clean = Text.clean(value);
		if (clean == null && required) {
			add(field, "error.required");
		}
		else if (clean != null && clean.length() > max) {
			add(field, "error.tooLong", max);
		}
		return clean;
	}

	void add(String field, String code, Object... args) {
		if (!this.problems.has(name(field))) {
			this.problems.add(name(field), code, args);
		}
	}

	boolean has(String field) {
		return this.problems.has(name(field));
	}

}
