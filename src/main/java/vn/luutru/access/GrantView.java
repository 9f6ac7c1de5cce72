package vn.luutru.access;

import java.util.List;

import vn.luutru.document.Document;

/** A grant and the documents it opens, page by page. */
public record GrantView(AccessGrant grant, List<Page> documents) {

	/** A document as the reading room lists it. */
	public record Page(Long documentId, String docCode, String subject, int pageCount) {

		static Page of(Document d) {
			return new Page(d.id(), d.docCode(), d.subject(), Math.max(1, d.pageCount()));
		}

	}

}
