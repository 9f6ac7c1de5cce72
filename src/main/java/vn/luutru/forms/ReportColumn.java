package vn.luutru.forms;

import java.util.Objects;

/**
 * One column of a report table: its header, what its cells hold and whether the totals
 * row sums it.
 *
 * @param header the header text, Vietnamese
 * @param kind what the cells hold, which decides their format and alignment
 * @param summed whether the totals row carries a SUM over this column
 */
public record ReportColumn(String header, Kind kind, boolean summed) {

	public ReportColumn {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(kind, "kind");
		if (summed && !kind.numeric()) {
			throw new IllegalArgumentException("only numeric columns are summed: " + header);
		}
	}

	public static ReportColumn text(String header) {
		return new ReportColumn(header, Kind.TEXT, false);
	}

	public static ReportColumn centred(String header) {
		return new ReportColumn(header, Kind.CENTRED, false);
	}

	public static ReportColumn serial(String header) {
		return new ReportColumn(header, Kind.SERIAL, false);
	}

	public static ReportColumn date(String header) {
		return new ReportColumn(header, Kind.DATE, false);
	}

	public static ReportColumn number(String header) {
		return new ReportColumn(header, Kind.NUMBER, false);
	}

	/** A whole-number column the totals row sums. */
	public static ReportColumn summed(String header) {
		return new ReportColumn(header, Kind.NUMBER, true);
	}

	/** What a column's cells hold. */
	public enum Kind {

		/** Text, left-aligned, wrapped past the column's width cap. */
		TEXT,
		/** Short text such as a code, centred. */
		CENTRED,
		/** A row number (STT), centred, no thousands separator. */
		SERIAL,
		/** A date, dd/mm/yyyy. */
		DATE,
		/** A whole number with thousands separators (#,##0). */
		NUMBER,
		/** A number with one decimal (#,##0.0). */
		DECIMAL,
		/** A ratio shown as a percentage (0.0%). */
		PERCENT;

		boolean numeric() {
			return this == NUMBER || this == DECIMAL || this == PERCENT;
		}

	}

}
