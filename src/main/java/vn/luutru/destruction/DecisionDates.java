package vn.luutru.destruction;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

import vn.luutru.process.TaskInput;

/**
 * The decision date as the task form sends it: text yyyy-MM-dd, or a date variable (the
 * engine's Date) read in the agencies' time zone. The check and the step that stores it
 * read it the same way.
 */
final class DecisionDates {

	private DecisionDates() {
	}

	/** The date; null when absent; IllegalArgumentException when not a date. */
	static LocalDate read(Object value, ZoneId zone) {
		if (value instanceof Date date) {
			return date.toInstant().atZone(zone).toLocalDate();
		}
		if (value instanceof LocalDate date) {
			return date;
		}
		String text = TaskInput.textOf(value);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("not a date: " + text, ex);
		}
	}

}
