package vn.luutru.content;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The formats accepted for archiving, as media types identified from the bytes (property
 * {@code luutru.content.formats.accepted}). Matching is exact: a specialisation of an
 * accepted type (text/csv of text/plain, image/svg+xml of application/xml) must be listed
 * itself.
 * <p>
 * The default follows TT 05/2025 Đ8 and the package formats: PDF (any version, PDF/A
 * included), DOC, DOCX, ODT, XLS, XLSX, ODS, JPEG, TIFF, PNG, MP3, WMA, MP4, AVI, XML and
 * plain text. Everything else is refused, in particular executables, HTML, scripts and
 * plain ZIP archives.
 *
 * @param accepted the accepted media types; the default list when not set
 */
@ConfigurationProperties("luutru.content.formats")
record ContentFormats(List<String> accepted) {

	static final List<String> DEFAULT_ACCEPTED = List.of("application/pdf", "application/msword",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.oasis.opendocument.text", "application/vnd.ms-excel",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.oasis.opendocument.spreadsheet", "image/jpeg", "image/tiff", "image/png", "audio/mpeg",
			"audio/x-ms-wma", "video/mp4", "audio/mp4", "video/x-msvideo", "application/xml", "text/plain");

	ContentFormats {
		accepted = (accepted == null || accepted.isEmpty()) ? DEFAULT_ACCEPTED : List.copyOf(accepted);
	}

	static ContentFormats defaults() {
		return new ContentFormats(null);
	}

}
