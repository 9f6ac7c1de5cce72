package vn.luutru.receipt;

/**
 * A document of an accepted SIP in the order of its registration ({@code
 * lt_receipt_document}): where it is in the package, and, once registered, its file and
 * document in the archive's holdings.
 *
 * @param root the package folder of its record file
 * @param dataPath the content's path in the ZIP
 * @param contentSha256 the content's SHA-256 as validated
 * @param fileId the file opened for it; null until its file is opened
 * @param documentId the document captured; null until registered
 */
record PlannedDocument(long receiptId, int seq, String root, String fileCode, String docCode, int position,
		String dataPath, String contentSha256, Long fileId, Long documentId) {

}
