package vn.luutru.forms;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Numbers of administrative documents (Decree 30/2020 Annex I): "số/ký hiệu", where the
 * sign is the document type's abbreviation and the issuer's, e.g. "15/QĐ-SNV" for a
 * decision, "03/BB-SNV" for minutes.
 */
public final class DocumentNumbers {

	/** Minutes (biên bản). */
	public static final String MINUTES = "BB";

	/**
	 * A decision's number: a sequence, the year for legal acts, then QĐ and the issuer's
	 * sign (letters, digits, joined by "-" or "."), e.g. "15/QĐ-SNV", "07/2026/QĐ-UBND".
	 */
	private static final Pattern DECISION = Pattern.compile("\\d{1,6}(/\\d{4})?/QĐ-[\\p{Lu}\\d]+([-.][\\p{Lu}\\d]+)*");

	private DocumentNumbers() {
	}

	/** "03/BB-SNV": the sequence on at least two digits, the type, the issuer. */
	public static String of(int sequence, String type, String issuer) {
		if (sequence < 1) {
			throw new IllegalArgumentException("A document number starts at 1: " + sequence);
		}
		return String.format("%02d/%s-%s", sequence, type, issuer);
	}

	/** Whether the text, as stored (NFC), is a decision's number. */
	public static boolean isDecisionNumber(String text) {
		return text != null && DECISION.matcher(Normalizer.normalize(text.strip(), Normalizer.Form.NFC)).matches();
	}

	/**
	 * An agency's sign from its name: the initials of its words without the place it
	 * belongs to and without "và", Đ kept, other marks dropped: "Sở Nội vụ tỉnh Sơn La" →
	 * "SNV", "Ủy ban nhân dân tỉnh Sơn La" → "UBND", "Sở Giáo dục và Đào tạo" → "SGDĐT".
	 * @param name the agency's full name
	 * @param province the province whose name ends the agency's, or {@code null}
	 */
	public static String initials(String name, String province) {
		String text = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
		if (province != null) {
			for (String suffix : new String[] { " tỉnh " + province, " " + province }) {
				if (text.toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT))) {
					text = text.substring(0, text.length() - suffix.length());
					break;
				}
			}
		}
		StringBuilder sign = new StringBuilder();
		for (String word : text.split("[\\s,]+")) {
			if (word.isEmpty() || "và".equalsIgnoreCase(word)) {
				continue;
			}
			sign.append(letter(word.charAt(0)));
		}
		return sign.toString();
	}

	private static char letter(char first) {
		char upper = Character.toUpperCase(first);
		if (upper == 'Đ') {
			return upper;
		}
		String bare = Normalizer.normalize(String.valueOf(upper), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return bare.charAt(0);
	}

}
