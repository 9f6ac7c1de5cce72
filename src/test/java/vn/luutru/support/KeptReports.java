package vn.luutru.support;

/**
 * Rows of lt_monthly_report that tests put in to keep an object in the store: a real kind
 * and a real month long past, so that the managers' list of monthly reports, which every
 * test context shares, still reads them.
 */
public final class KeptReports {

	private KeptReports() {
	}

	/**
	 * A month of the century starting at {@code fromYear}, picked from the object's
	 * checksum.
	 */
	public static String month(int fromYear, String sha256) {
		int n = Integer.parseInt(sha256.substring(0, 6), 16);
		return String.format("%04d-%02d", fromYear + n % 100, 1 + (n / 100) % 12);
	}

}
