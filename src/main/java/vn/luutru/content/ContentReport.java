package vn.luutru.content;

/**
 * What the bytes of an upload turned out to be.
 *
 * @param mediaType the format identified from the bytes, e.g. application/pdf
 * @param problem null when the content is acceptable, otherwise a message code (e.g.
 * error.contentEmpty, error.contentTruncated, error.formatMismatch,
 * error.formatNotAccepted)
 * @param pdfaDeclared the PDF/A part and conformance the file claims, e.g. "2b"; null
 * when none
 */
public record ContentReport(String mediaType, String problem, String pdfaDeclared) {

	public boolean acceptable() {
		return this.problem == null;
	}

}
