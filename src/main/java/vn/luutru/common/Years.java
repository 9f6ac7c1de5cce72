package vn.luutru.common;

/**
 * The years a user may ask about (search, dashboard, holiday calendar): one range, so a
 * year that no date can hold is refused as bad input rather than failing deep inside.
 */
public final class Years {

	public static final int FIRST = 1900;

	public static final int LAST = 2200;

	private Years() {
	}

	public static boolean within(int year) {
		return year >= FIRST && year <= LAST;
	}

}
