package vn.luutru.export;

import org.springframework.http.MediaType;

/** The two forms of a whole-file export. */
enum ExportFormat {

	PDF(".pdf", MediaType.APPLICATION_PDF_VALUE), XML(".xml", MediaType.APPLICATION_XML_VALUE);

	private final String suffix;

	private final String mediaType;

	ExportFormat(String suffix, String mediaType) {
		this.suffix = suffix;
		this.mediaType = mediaType;
	}

	String suffix() {
		return this.suffix;
	}

	String mediaType() {
		return this.mediaType;
	}

}
