package vn.luutru.receipt;

import java.time.Instant;

/** A row of {@code lt_receipt}: one upload of a SIP, an intake round. */
record Receipt(long id, long archiveAgencyId, Long depositorAgencyId, String depositorCode, String depositorName,
		ReceiptStatus status, String uploadName, long uploadSize, String uploadSha256, String spoolPath,
		String uploadedBy, Instant receivedAt, Instant validatedAt, String decidedBy, Instant decidedAt, String reason,
		Instant ingestedAt, int totalFiles, int totalDocuments, long totalBytes, String processInstanceId) {

	/**
	 * The business key of its sip-receipt process and its code on the receipt document.
	 */
	String code() {
		return "TIEPNHAN-" + this.id;
	}

}
