package vn.luutru.common;

import java.util.List;

/**
 * A request that cannot be carried out as sent; answered with HTTP 400 and every bad
 * field.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public static InvalidInputException of(String field, String code, Object... args) {
		return new InvalidInputException(List.of(FieldProblem.of(field, code, args)));
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

}
