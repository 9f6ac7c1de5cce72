package vn.luutru.transfer.pkg;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** File name extensions and PRONOM identifiers for the formats of Circular 05/2025. */
final class Formats {

	private static final Map<String, String> EXTENSIONS = Map.ofEntries(Map.entry("application/pdf", "pdf"),
			Map.entry("application/msword", "doc"),
			Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
			Map.entry("application/vnd.oasis.opendocument.text", "odt"), Map.entry("application/rtf", "rtf"),
			Map.entry("text/plain", "txt"), Map.entry("text/csv", "csv"), Map.entry("application/vnd.ms-excel", "xls"),
			Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
			Map.entry("application/vnd.oasis.opendocument.spreadsheet", "ods"), Map.entry("image/jpeg", "jpg"),
			Map.entry("image/png", "png"), Map.entry("image/tiff", "tif"), Map.entry("image/gif", "gif"),
			Map.entry("video/mp4", "mp4"), Map.entry("video/mpeg", "mpg"), Map.entry("video/x-msvideo", "avi"),
			Map.entry("audio/mpeg", "mp3"));

	/**
	 * PDF/A flavours (part + conformance, as the content check reports them) → PRONOM
	 * PUID.
	 */
	private static final Map<String, String> PDFA_PUIDS = Map.ofEntries(Map.entry("1a", "fmt/95"),
			Map.entry("1b", "fmt/354"), Map.entry("2a", "fmt/476"), Map.entry("2b", "fmt/477"),
			Map.entry("2u", "fmt/478"), Map.entry("3a", "fmt/479"), Map.entry("3b", "fmt/480"),
			Map.entry("3u", "fmt/481"), Map.entry("4", "fmt/1910"), Map.entry("4e", "fmt/1911"),
			Map.entry("4f", "fmt/1912"));

	private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,8}");

	private Formats() {
	}

	/**
	 * The extension of the data file: from the media type identified at capture, else
	 * from the original name, else "bin".
	 */
	static String extension(DocumentContent content) {
		String mediaType = content.mediaType().split(";")[0].trim().toLowerCase(Locale.ROOT);
		String known = EXTENSIONS.get(mediaType);
		if (known != null) {
			return known;
		}
		String name = content.originalName();
		int dot = (name != null) ? name.lastIndexOf('.') : -1;
		if (dot >= 0) {
			String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
			if (EXTENSION.matcher(extension).matches()) {
				return extension;
			}
		}
		return "bin";
	}

	/**
	 * The PRONOM PUID of the content: the one identified at capture, else that of the
	 * PDF/A flavour it was validated against; null when neither is known.
	 */
	static String puid(DocumentContent content) {
		String identified = content.formatPuid();
		return (identified != null) ? identified : pdfaPuid(content.pdfaFlavour());
	}

	/** The PRONOM PUID of a PDF/A flavour, or null. */
	static String pdfaPuid(String flavour) {
		return (flavour != null) ? PDFA_PUIDS.get(flavour.toLowerCase(Locale.ROOT)) : null;
	}

	static String pdfaName(String flavour) {
		return "PDF/A-" + flavour.toLowerCase(Locale.ROOT);
	}

}
