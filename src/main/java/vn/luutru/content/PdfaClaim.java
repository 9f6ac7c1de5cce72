package vn.luutru.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the PDF/A claim ({@code pdfaid:part}, {@code pdfaid:conformance}) in a PDF's XMP
 * without parsing the PDF. PDF/A forbids filters on the metadata stream, so the claim of
 * a PDF/A file is plain text somewhere in the file. Streams through the file with a fixed
 * buffer and stops at the first claim.
 */
final class PdfaClaim {

	private static final int BUFFER = 64 * 1024;

	/**
	 * Bytes kept around a hit: the part and the conformance sit in one rdf:Description.
	 */
	private static final int CONTEXT = 2048;

	private static final String MARKER = "pdfaid:part";

	private static final Pattern PART = Pattern
		.compile("pdfaid:part(?:\\s*=\\s*[\"']\\s*(\\d)\\s*[\"']|>\\s*(\\d)\\s*</pdfaid:part>)");

	private static final Pattern CONFORMANCE = Pattern.compile(
			"pdfaid:conformance(?:\\s*=\\s*[\"']\\s*([A-Za-z])\\s*[\"']|>\\s*([A-Za-z])\\s*</pdfaid:conformance>)");

	private PdfaClaim() {
	}

	/**
	 * @return part and conformance in lower case, e.g. "2b" or "4"; null when none
	 */
	static String scan(FileChannel channel) throws IOException {
		byte[] buffer = new byte[BUFFER];
		int length = 0;
		long position = 0;
		boolean eof = false;
		while (true) {
			ByteBuffer target = ByteBuffer.wrap(buffer, length, buffer.length - length);
			while (!eof && target.hasRemaining()) {
				int n = channel.read(target, position);
				if (n < 0) {
					eof = true;
				}
				else {
					position += n;
				}
			}
			length = target.position();
			// Latin-1 maps bytes to chars one to one; String.indexOf is a vectorised
			// intrinsic.
			String text = new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
			int keepFrom = Math.max(0, length - CONTEXT);
			int hit = text.indexOf(MARKER);
			while (hit >= 0) {
				if (!eof && hit + CONTEXT > length) {
					// Read on with the hit and its context at the start of the buffer.
					keepFrom = Math.max(0, hit - CONTEXT);
					break;
				}
				String claim = claim(text.substring(Math.max(0, hit - CONTEXT), Math.min(length, hit + CONTEXT)));
				if (claim != null) {
					return claim;
				}
				hit = text.indexOf(MARKER, hit + 1);
			}
			if (eof) {
				return null;
			}
			System.arraycopy(buffer, keepFrom, buffer, 0, length - keepFrom);
			length -= keepFrom;
		}
	}

	private static String claim(String text) {
		Matcher part = PART.matcher(text);
		if (!part.find()) {
			return null;
		}
		Matcher conformance = CONFORMANCE.matcher(text);
		String level = conformance.find() ? group(conformance).toLowerCase(Locale.ROOT) : "";
		return group(part) + level;
	}

	private static String group(Matcher matcher) {
		return (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
	}

}
