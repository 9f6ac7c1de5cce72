package vn.luutru.search;

/**
 * What the indexer reads of a document: its words in metadata, and where its content is.
 */
record IndexedDocument(long id, long fileId, String docCode, String codeNumber, String codeNotation, String organName,
		String subject, String keywords, String description, String signerName, String originalName, String mediaType,
		String contentSha256, boolean contentErased) {

	String metadataText() {
		return String.join(" ", nz(this.docCode), nz(this.codeNumber), nz(this.codeNotation), nz(this.organName),
				nz(this.subject), nz(this.keywords), nz(this.description), nz(this.signerName), nz(this.originalName));
	}

	private static String nz(String s) {
		return (s != null) ? s : "";
	}

}
