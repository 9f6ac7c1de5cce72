package vn.luutru.common;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Vietnamese text arrives composed (NFC) or decomposed (NFD) depending on the keyboard
 * and the operating system; everything is stored and searched in NFC. Lengths are counted
 * on the stored form: NFC shortens decomposed Vietnamese and lengthens a few other
 * characters, so a length taken before it says nothing about the column.
 */
public final class Text {

	/** Line breaks and tabs, which {@link #line} turns into spaces. */
	private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n|[\\r\\n\\t\\u0085\\u2028\\u2029]");

	private Text() {
	}

	/**
	 * NFC without the characters XML 1.0 forbids (C0 controls but tab, LF and CR, lone
	 * surrogates, U+FFFE/U+FFFF) and the bidi embedding/override controls that make text
	 * display otherwise than it is stored (U+202A..U+202E, U+2066..U+2069), trimmed of
	 * white, non-breaking (U+00A0, U+2007, U+202F) and zero-width (U+200B..U+200D,
	 * U+2060, U+FEFF) spaces; blank becomes null. Copied from word processors and web
	 * pages, such a value looks empty on screen and must not count as given.
	 */
	public static String clean(String value) {
		if (value == null) {
			return null;
		}
		String nfc = Normalizer.normalize(withoutForbidden(value), Normalizer.Form.NFC);
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
	 * {@link #clean} for a value that is one line on screen and in forms (a title, a
	 * name, an address line): line breaks and tabs become spaces, so that no value can
	 * add a line of its own to a page or a form that lists values one per line.
	 */
	public static String line(String value) {
		if (value == null) {
			return null;
		}
		return clean(LINE_BREAKS.matcher(value).replaceAll(" "));
	}

	/**
	 * The index of the first character no text may hold (see {@link #clean}), or -1.
	 */
	public static int firstForbidden(String value) {
		if (value == null) {
			return -1;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1))) {
				i++;
			}
			else if (forbidden(c)) {
				return i;
			}
		}
		return -1;
	}

	private static String withoutForbidden(String value) {
		int at = firstForbidden(value);
		if (at < 0) {
			return value;
		}
		StringBuilder sb = new StringBuilder(value.length()).append(value, 0, at);
		for (int i = at + 1; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1))) {
				sb.append(c).append(value.charAt(++i));
			}
			else if (!forbidden(c)) {
				sb.append(c);
			}
		}
		return sb.toString();
	}

	/** Forbidden on its own; a surrogate is allowed only as part of a pair. */
	private static boolean forbidden(char c) {
		return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate(c) || c == '\uFFFE'
				|| c == '\uFFFF' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
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
