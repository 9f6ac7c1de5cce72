package vn.luutru.content;

import java.util.List;

/**
 * What the bytes of an upload turned out to be.
 *
 * @param mediaType the format identified from the bytes, e.g. application/pdf
 * @param problem null when the content is acceptable, otherwise a message code (e.g.
 * error.contentEmpty, error.contentTruncated, error.contentCorrupt, error.formatMismatch,
 * error.formatNotAccepted)
 * @param pdfaDeclared the PDF/A part and conformance the file claims, e.g. "2b"; null
 * when none
 * @param problemArgs the arguments of the problem's message, in order (formatMismatch:
 * detected, declared; formatNotAccepted: detected); empty when there are none
 */
public record ContentReport(String mediaType, String problem, String pdfaDeclared, List<String> problemArgs) {

	public ContentReport {
		problemArgs = (problemArgs != null) ? List.copyOf(problemArgs) : List.of();
	}

	public ContentReport(String mediaType, String problem, String pdfaDeclared) {
		this(mediaType, problem, pdfaDeclared, List.of());
	}

	public boolean acceptable() {
		return this.problem == null;
	}

}
