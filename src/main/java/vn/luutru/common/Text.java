package vn.luutru.common;

import java.text.Normalizer;

/**
 * Vietnamese text arrives composed (NFC) or decomposed (NFD) depending on the keyboard
 * and the operating system; everything is stored and searched in NFC. Lengths are counted
 * on the stored form: NFC shortens decomposed Vietnamese and lengthens a few other
 * characters, so a length taken before it says nothing about the column.
 */
public final class Text {

	private Text() {
	}

	/**
	 * NFC, trimmed of white, non-breaking (U+00A0, U+2007, U+202F) and zero-width
	 * (U+200B..U+200D, U+2060, U+FEFF) spaces; blank becomes null. Copied from word
	 * processors and web pages, such a value looks empty on screen and must not count as
	 * given.
	 */
	public static String clean(String value) {
		if (value == null) {
			return null;
		}
		String nfc = Normalizer.normalize(value, Normalizer.Form.NFC);
		int start = 0;
		int end = nfc.length();
		while (start < end && invisible(nfc.charAt(start))) {
			start++;
		}
		while (end > start && invisible(nfc.charAt(end - 1))) {
			end--;
		}
		return (start == end) ? null : nfc.substring(start, end);
	}

	/**
	 * The length of a value as stored, in UTF-16 units: what H2 counts, and never less
	 * than the characters MySQL counts, so a value within it fits both.
	 */
	public static int storedLength(String cleaned) {
		return (cleaned != null) ? cleaned.length() : 0;
	}

	/** Whether the cleaned value is longer than a column of {@code max} characters. */
	public static boolean tooLong(String cleaned, int max) {
		return storedLength(cleaned) > max;
	}

	static boolean invisible(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C' || c == '\u200D'
				|| c == '\u2060' || c == '\uFEFF';
	}

}
