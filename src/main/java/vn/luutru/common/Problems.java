package vn.luutru.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Collects every bad field of a request before failing, so that a user fixes them all in
 * one round trip.
 */
public final class Problems {

	private final List<FieldProblem> list = new ArrayList<>();

	public Problems add(String field, String code, Object... args) {
		this.list.add(FieldProblem.of(field, code, args));
		return this;
	}

	public boolean has(String field) {
		return this.list.stream().anyMatch((p) -> p.field().equals(field));
	}

	public boolean isEmpty() {
		return this.list.isEmpty();
	}

	/**
	 * Adds the Bean Validation violations of a request, mapped to our message codes.
	 * Presence and length of text are judged on the value as it will be stored
	 * ({@link Text#clean}), not as it arrived: see {@link StoredText}.
	 */
	public <T> Problems validate(Validator validator, T bean) {
		Set<ConstraintViolation<T>> violations = validator.validate(bean);
		List<FieldProblem> found = new ArrayList<>(StoredText.problems(validator, bean));
		violations.stream().filter((v) -> !StoredText.judgesStoredForm(v)).forEach((v) -> found.add(toProblem(v)));
		found.stream().sorted((a, b) -> a.field().compareTo(b.field())).forEach(this.list::add);
		return this;
	}

	private static FieldProblem toProblem(ConstraintViolation<?> violation) {
		String field = violation.getPropertyPath().toString();
		var annotation = violation.getConstraintDescriptor().getAnnotation();
		if (annotation instanceof Size size) {
			return FieldProblem.of(field, "error.tooLong", size.max());
		}
		if (annotation instanceof Pattern) {
			return FieldProblem.of(field, "error.format");
		}
		if (annotation instanceof Min || annotation instanceof Max || annotation instanceof Positive
				|| annotation instanceof PositiveOrZero) {
			return FieldProblem.of(field, "error.range");
		}
		return FieldProblem.of(field, "error.required");
	}

	/** The problems found so far, in the order found. */
	public List<FieldProblem> list() {
		return List.copyOf(this.list);
	}

	public void throwIfAny() {
		if (!this.list.isEmpty()) {
			throw new InvalidInputException(this.list);
		}
	}

}
