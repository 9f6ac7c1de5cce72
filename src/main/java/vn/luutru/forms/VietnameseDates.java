package vn.luutru.forms;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Dates as Vietnamese administrative documents write them (Decree 30/2020 Annex I): a day
 * below 10 and the months January and February take a leading zero, so that nobody can
 * add a digit after signing ("ngày 05 tháng 3 năm 2026", "ngày 15 tháng 02 năm 2026").
 */
public final class VietnameseDates {

	private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final String BLANK = "……";

	private VietnameseDates() {
	}

	/**
	 * "ngày 05 tháng 3 năm 2026", or dotted blanks to fill in by hand when the date is
	 * not known yet.
	 * @param date the date or {@code null}
	 * @return the spelled date
	 */
	public static String spelled(LocalDate date) {
		if (date == null) {
			return "ngày " + BLANK + " tháng " + BLANK + " năm " + BLANK;
		}
		int month = date.getMonthValue();
		String monthText = (month <= 2) ? "0" + month : String.valueOf(month);
		return "ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng " + monthText + " năm " + date.getYear();
	}

	/**
	 * "05/03/2026", the form of table cells and metadata (dd/MM/yyyy).
	 * @param date the date or {@code null}
	 * @return the date or an empty string
	 */
	public static String numeric(LocalDate date) {
		return (date != null) ? NUMERIC.format(date) : "";
	}

}
