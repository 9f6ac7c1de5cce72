package vn.luutru.search;

/** What the indexer reads of a record file: the words of its metadata. */
record IndexedFile(long id, String agencyCode, String fileCode, String fileNotation, String title, String keywords,
		String creator, String description, String inforSign) {

	String metadataText() {
		return String.join(" ", nz(this.agencyCode), nz(this.fileCode), nz(this.fileNotation), nz(this.title),
				nz(this.keywords), nz(this.creator), nz(this.description), nz(this.inforSign));
	}

	private static String nz(String s) {
		return (s != null) ? s : "";
	}

}
