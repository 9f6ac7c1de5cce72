package vn.luutru.access;

import java.time.LocalDateTime;

import vn.luutru.forms.PrintMark;

/**
 * The two lines on every page of a copy a reader is given, whether the reading room shows
 * it inside a grant or the archive hands it over in a DIP for a request: at the top, that
 * it is a copy, for which reader, and who printed it when (Annex VI III.6.k,
 * {@link PrintMark}); at the foot, which page of which document, under which grant or
 * request.
 *
 * @param top the line at the top of every page
 * @param reference what the copy was given under: "quyền đọc số 7", "yêu cầu số 12"
 */
record CopyMark(String top, String reference) {

	private static final String COPY = "BẢN SAO — ";

	/** A page read in the reading room: the reader prints it himself. */
	static CopyMark ofGrant(String reader, String printedBy, LocalDateTime at, long grantId) {
		return new CopyMark(top(reader, printedBy, at), "quyền đọc số " + grantId);
	}

	/** A copy in the DIP of a request, printed by the officer who hands it over. */
	static CopyMark ofRequest(String reader, String printedBy, LocalDateTime at, long requestId) {
		return new CopyMark(top(reader, printedBy, at), "yêu cầu số " + requestId);
	}

	/** The line at the foot of a page (1-based) of a document. */
	String bottom(String docCode, int page) {
		return COPY + docCode + " — trang " + page + " — LuuTru, " + this.reference;
	}

	private static String top(String reader, String printedBy, LocalDateTime at) {
		return COPY + "cấp cho " + reader + " — " + PrintMark.line(printedBy, at);
	}

}
