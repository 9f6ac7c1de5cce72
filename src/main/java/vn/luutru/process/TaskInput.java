package vn.luutru.process;

import java.util.Map;

/**
 * What an officer submitted when completing a user task, with the process variables it
 * sees.
 *
 * @param taskKey the task's id in the model, e.g. {@code Task_CouncilReview}
 * @param variables the variables visible from the task, the submitted ones included
 */
public record TaskInput(String taskKey, Map<String, Object> variables) {

	/** The trimmed text of a variable; null when absent or blank. */
	public String text(String name) {
		return textOf(this.variables.get(name));
	}

	/**
	 * A whole number; null when absent or blank; throws NumberFormatException otherwise.
	 */
	public Integer integer(String name) {
		return integerOf(this.variables.get(name));
	}

	/**
	 * A value read as the checks read it: the steps that act on a checked answer read it
	 * the same way (trimmed; null when blank).
	 */
	public static String textOf(Object v) {
		if (v == null || v.toString().isBlank()) {
			return null;
		}
		return v.toString().trim();
	}

	/** A whole number read as the checks read it (a number, or its text). */
	public static Integer integerOf(Object v) {
		if (v instanceof Number n) {
			return n.intValue();
		}
		String t = textOf(v);
		return (t == null) ? null : Integer.valueOf(t);
	}

	public Object raw(String name) {
		return this.variables.get(name);
	}

	public Long batchId() {
		Object v = this.variables.get(Variables.BATCH_ID);
		return (v instanceof Number n) ? n.longValue() : null;
	}

}
