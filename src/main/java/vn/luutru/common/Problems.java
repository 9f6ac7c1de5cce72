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

	/** Adds the Bean Validation violations of a request, mapped to our message codes. */
	public <T> Problems validate(Validator validator, T bean) {
		Set<ConstraintViolation<T>> violations = validator.validate(bean);
		violations.stream()
			.sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
			.forEach(this::addViolation);
		return this;
	}

	private void addViolation(ConstraintViolation<?> violation) {
		String field = violation.getPropertyPath().toString();
		var annotation = violation.getConstraintDescriptor().getAnnotation();
		if (annotation instanceof Size size) {
			add(field, "error.tooLong", size.max());
		}
		else if (annotation instanceof Pattern) {
			add(field, "error.format");
		}
		else if (annotation instanceof Min || annotation instanceof Max || annotation instanceof Positive
				|| annotation instanceof PositiveOrZero) {
			add(field, "error.range");
		}
		else {
			add(field, "error.required");
		}
	}

	public void throwIfAny() {
		if (!this.list.isEmpty()) {
			throw new InvalidInputException(this.list);
		}
	}

}
