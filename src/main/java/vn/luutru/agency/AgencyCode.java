package vn.luutru.agency;

import java.util.regex.Pattern;

/** The 13-character agency identification code of QCVN 102:2016, e.g. 000.00.06.H53. */
public final class AgencyCode {

	private static final Pattern FORMAT = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}");

	private AgencyCode() {
	}

	public static boolean isValid(String code) {
		return code != null && FORMAT.matcher(code).matches();
	}

}
