package vn.luutru.common;

import java.text.Normalizer;

/**
 * Vietnamese text arrives composed (NFC) or decomposed (NFD) depending on the keyboard
 * and the operating system; everything is stored and searched in NFC.
 */
public final class Text {

	private Text() {
	}

	/** NFC, trimmed; blank becomes null. */
	public static String clean(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

}
