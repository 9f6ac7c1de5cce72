package vn.luutru.file;

import java.util.regex.Pattern;

/**
 * File codes (mã hồ sơ) = agency code + "." + year + "." + file notation (Decree 30/2020,
 * Circular 05/2025); the notation is a serial number and the abbreviation of the heading,
 * e.g. 01.TCCB.
 */
public final class FileCodes {

	public static final int MAX_NOTATION = 20;

	private static final Pattern NOTATION = Pattern.compile("\\d{1,4}(\\.[A-ZĐ0-9-]{1,15})?");

	private FileCodes() {
	}

	public static boolean isValidNotation(String notation) {
		return notation != null && notation.length() <= MAX_NOTATION && NOTATION.matcher(notation).matches();
	}

	public static String fileCode(String agencyCode, int year, String notation) {
		return agencyCode + "." + year + "." + notation;
	}

	/** Document code (docId) = file code + "." + position in the file. */
	public static String documentCode(String fileCode, int position) {
		return fileCode + "." + position;
	}

}
