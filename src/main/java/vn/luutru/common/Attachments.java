package vn.luutru.common;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The {@code Content-Disposition} of every download (RFC 6266): an ASCII {@code filename}
 * for clients that know nothing else (curl -OJ saves it as is) and the exact name UTF-8
 * percent-encoded in {@code filename*} (RFC 8187) for browsers. Spring's own header puts
 * an RFC 2047 word ("=?UTF-8?Q?…?=") in {@code filename}, which curl and some browsers
 * save literally.
 */
public final class Attachments {

	private static final String FALLBACK = "download";

	private Attachments() {
	}

	/**
	 * {@code attachment; filename="ho-so-nop-luu.xlsx"; filename*=UTF-8''h%E1%BB%93...}.
	 * @param fileName the name to save under, any characters; a path is cut to its last
	 * part
	 */
	public static String contentDisposition(String fileName) {
		String name = clean(fileName);
		return "attachment; filename=\"" + ascii(name) + "\"; filename*=UTF-8''" + percentEncoded(name);
	}

	/** Without folders or control characters, in NFC; "download" when nothing is left. */
	static String clean(String fileName) {
		String name = (fileName != null) ? Normalizer.normalize(fileName, Normalizer.Form.NFC) : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("\\p{Cntrl}", "").strip();
		return name.isEmpty() ? FALLBACK : name;
	}

	/**
	 * Letters without their marks (đ → d), and of the rest only what needs no quoting: a
	 * space, quote or backslash becomes "-".
	 */
	static String ascii(String name) {
		String bare = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "");
		StringBuilder out = new StringBuilder();
		for (char c : bare.toCharArray()) {
			boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
					|| c == '-' || c == '_' || c == '(' || c == ')';
			out.append(plain ? c : '-');
		}
		// no leading dot or dash: neither a hidden file nor an option to a shell command
		String text = out.toString().replaceAll("-{2,}", "-").replaceAll("^[-.]+", "");
		return text.isEmpty() ? FALLBACK : text;
	}

	/** RFC 8187 value-chars: attr-char as is, every other UTF-8 byte as %XX. */
	static String percentEncoded(String name) {
		StringBuilder out = new StringBuilder();
		for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			boolean attrChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "!#$&+-.^_`|~".indexOf(c) >= 0;
			out.append(attrChar ? String.valueOf((char) c) : String.format("%%%02X", c));
		}
		return out.toString();
	}

}
