package vn.luutru.common;

import java.util.List;

/**
 * One bad field of a request: which field, a message code from the messages bundles and
 * the arguments the message needs.
 */
public record FieldProblem(String field, String code, List<Object> args) {

	public FieldProblem {
		args = (args == null) ? List.of() : List.copyOf(args);
	}

	public static FieldProblem of(String field, String code, Object... args) {
		return new FieldProblem(field, code, List.of(args));
	}

}
