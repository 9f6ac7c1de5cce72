package vn.luutru.common;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;

/**
 * {@code @Size} and {@code @NotBlank} on the text fields of a request record, judged on
 * the value as stored ({@link Text#clean}): Bean Validation sees the value as sent, so
 * decomposed Vietnamese within the limit was refused, text that NFC lengthens passed and
 * then overflowed its column, and a value of non-breaking or zero-width spaces counted as
 * given.
 */
final class StoredText {

	private StoredText() {
	}

	/** Whether this class, not Bean Validation, judges the violation. */
	static boolean judgesStoredForm(ConstraintViolation<?> violation) {
		var annotation = violation.getConstraintDescriptor().getAnnotation();
		boolean text = violation.getInvalidValue() == null || violation.getInvalidValue() instanceof CharSequence;
		return text && violation.getRootBean().getClass().isRecord()
				&& (annotation instanceof Size || annotation instanceof NotBlank);
	}

	static List<FieldProblem> problems(Validator validator, Object bean) {
		List<FieldProblem> problems = new ArrayList<>();
		if (bean == null || !bean.getClass().isRecord()) {
			return problems;
		}
		var descriptor = validator.getConstraintsForClass(bean.getClass());
		for (RecordComponent component : bean.getClass().getRecordComponents()) {
			PropertyDescriptor property = descriptor.getConstraintsForProperty(component.getName());
			if (property == null || component.getType() != String.class) {
				continue;
			}
			String stored = Text.clean((String) value(component, bean));
			for (ConstraintDescriptor<?> constraint : property.getConstraintDescriptors()) {
				if (constraint.getAnnotation() instanceof NotBlank && stored == null) {
					problems.add(FieldProblem.of(component.getName(), "error.required"));
				}
				else if (constraint.getAnnotation() instanceof Size size && Text.tooLong(stored, size.max())) {
					problems.add(FieldProblem.of(component.getName(), "error.tooLong", size.max()));
				}
			}
		}
		return problems;
	}

	private static Object value(RecordComponent component, Object bean) {
		try {
			component.getAccessor().setAccessible(true);
			return component.getAccessor().invoke(bean);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
