package vn.luutru.common;

import java.time.LocalDate;

/**
 * The dates LuuTru takes at all: a date outside them is a typing slip or a probe
 * (-999999999-01-01), and MySQL/MariaDB cannot even store it (DATE starts at year 1000).
 * The first year stays that low because archives keep records centuries old (the Nguyễn
 * dynasty's from 1802); fields with a tighter meaning check it themselves.
 */
public final class DateBounds {

	public static final int FIRST_YEAR = 1000;

	public static final int LAST_YEAR = 2200;

	private DateBounds() {
	}

	public static boolean within(LocalDate date) {
		return date == null || (date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR);
	}

	/** Refuses a date outside the bounds, naming the field. */
	public static LocalDate check(String field, LocalDate date) {
		if (!within(date)) {
			throw InvalidInputException.of(field, "error.dateOutOfRange", FIRST_YEAR, LAST_YEAR);
		}
		return date;
	}

}
