package vn.luutru.transfer.pkg;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A document's content as recorded at capture, and how to read it.
 *
 * @param sha256 the SHA-256 recorded at capture (hex); the writer recomputes it while
 * streaming and refuses content that no longer matches
 * @param size the size in bytes recorded at capture
 * @param mediaType the media type identified from the bytes, e.g. {@code application/pdf}
 * @param originalName the file name it was captured under
 * @param pdfaFlavour the PDF/A part and conformance it passed validation against, e.g.
 * {@code 2b}; null when it is not PDF/A or did not pass (a mere claim in the XMP is not
 * enough: an AIP records a validation event for it)
 * @param capturedAt when it was captured
 * @param capturedBy who captured it (user id)
 * @param source opens the bytes
 * @param formatPuid the PRONOM format identifier found at capture (e.g. fmt/276); null
 * when there is none
 */
public record DocumentContent(String sha256, long size, String mediaType, String originalName, String pdfaFlavour,
		Instant capturedAt, String capturedBy, ContentSource source, String formatPuid) {

	private static final Pattern HEX_64 = Pattern.compile("[0-9a-fA-F]{64}");

	public DocumentContent {
		if (sha256 == null || !HEX_64.matcher(sha256).matches()) {
			throw new IllegalArgumentException("sha256 must be 64 hex digits: " + sha256);
		}
		sha256 = sha256.toLowerCase(Locale.ROOT);
		if (size < 0) {
			throw new IllegalArgumentException("size must not be negative: " + size);
		}
		Objects.requireNonNull(mediaType, "mediaType");
		Objects.requireNonNull(capturedAt, "capturedAt");
		Objects.requireNonNull(source, "source");
	}

	/** Content without a PRONOM identifier. */
	public DocumentContent(String sha256, long size, String mediaType, String originalName, String pdfaFlavour,
			Instant capturedAt, String capturedBy, ContentSource source) {
		this(sha256, size, mediaType, originalName, pdfaFlavour, capturedAt, capturedBy, source, null);
	}

}
