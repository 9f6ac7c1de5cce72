package vn.luutru.forms;

/**
 * Whole numbers in Vietnamese words, as forms write totals "bằng chữ". Northern usage of
 * administrative documents: "linh" for a zero tens digit (105 = một trăm linh năm),
 * "nghìn", "tỷ"; "mốt" and "lăm" after a tens digit; "bốn" rather than "tư".
 */
public final class VietnameseNumbers {

	private static final String[] DIGITS = { "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín" };

	private static final long BILLION = 1_000_000_000L;

	private VietnameseNumbers() {
	}

	/**
	 * The number in figures grouped the Vietnamese way, 20000 → "20.000".
	 * @param number any number
	 * @return the grouped figures
	 */
	public static String grouped(long number) {
		return String.format("%,d", number).replace(',', '.');
	}

	/**
	 * The number in words, e.g. 21 → "hai mươi mốt", 1000 → "một nghìn".
	 * @param number zero or more
	 * @return lower-case words separated by single spaces
	 */
	public static String inWords(long number) {
		if (number < 0) {
			throw new IllegalArgumentException("Only counts are written in words: " + number);
		}
		if (number == 0) {
			return DIGITS[0];
		}
		return words(number, false).trim();
	}

	// Above a billion the higher part is itself read as a number: 10^12 = một nghìn tỷ.
	private static String words(long number, boolean full) {
		if (number >= BILLION) {
			long rest = number % BILLION;
			String high = words(number / BILLION, full) + " tỷ";
			return (rest == 0) ? high : high + " " + belowBillion(rest, true);
		}
		return belowBillion(number, full);
	}

	private static String belowBillion(long number, boolean full) {
		int millions = (int) (number / 1_000_000);
		int thousands = (int) (number / 1000 % 1000);
		int units = (int) (number % 1000);
		StringBuilder sb = new StringBuilder();
		boolean started = full;
		if (millions > 0) {
			sb.append(group(millions, started)).append(" triệu");
			started = true;
		}
		if (thousands > 0) {
			sb.append(sb.isEmpty() ? "" : " ").append(group(thousands, started)).append(" nghìn");
			started = true;
		}
		if (units > 0) {
			sb.append(sb.isEmpty() ? "" : " ").append(group(units, started));
		}
		return sb.toString();
	}

	// A group after a higher one is read in full: 1005 = một nghìn không trăm linh năm.
	private static String group(int number, boolean full) {
		int hundreds = number / 100;
		int tens = number / 10 % 10;
		int units = number % 10;
		StringBuilder sb = new StringBuilder();
		if (hundreds > 0 || full) {
			sb.append(DIGITS[hundreds]).append(" trăm");
		}
		if (tens == 0) {
			if (units > 0) {
				sb.append(sb.isEmpty() ? "" : " linh ").append(DIGITS[units]);
			}
			return sb.toString();
		}
		sb.append(sb.isEmpty() ? "" : " ").append(tens == 1 ? "mười" : DIGITS[tens] + " mươi");
		if (units == 1 && tens > 1) {
			sb.append(" mốt");
		}
		else if (units == 5) {
			sb.append(" lăm");
		}
		else if (units > 0) {
			sb.append(' ').append(DIGITS[units]);
		}
		return sb.toString();
	}

}
