package vn.luutru.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

import vn.luutru.common.FieldProblem;

/**
 * The message for a value that cannot be read into its field, naming the form the field
 * expects: a date, a whole number, one of the allowed values.
 */
final class ExpectedForm {

	private ExpectedForm() {
	}

	static FieldProblem of(String field, Class<?> type) {
		if (type == null) {
			return FieldProblem.of(field, "error.invalidValue");
		}
		if (type == LocalDate.class) {
			return FieldProblem.of(field, "error.invalidDate");
		}
		if (type == Instant.class || type == OffsetDateTime.class || type == LocalDateTime.class) {
			return FieldProblem.of(field, "error.invalidDateTime");
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class) {
			return FieldProblem.of(field, "error.invalidWholeNumber");
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
			return FieldProblem.of(field, "error.invalidNumber");
		}
		if (type == Boolean.class || type == boolean.class) {
			return FieldProblem.of(field, "error.invalidBoolean");
		}
		if (type.isEnum()) {
			String allowed = Arrays.stream(type.getEnumConstants())
				.map((c) -> ((Enum<?>) c).name())
				.collect(Collectors.joining(", "));
			return FieldProblem.of(field, "error.invalidChoice", allowed);
		}
		if (type == String.class) {
			return FieldProblem.of(field, "error.invalidText");
		}
		if (type.isArray() || Collection.class.isAssignableFrom(type)) {
			return FieldProblem.of(field, "error.invalidList");
		}
		return FieldProblem.of(field, "error.invalidObject");
	}

}
