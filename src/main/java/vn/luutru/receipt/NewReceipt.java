package vn.luutru.receipt;

import java.time.Instant;

/** The values of a receipt being recorded; MyBatis fills in the generated id. */
class NewReceipt {

	Long id;

	long archiveAgencyId;

	ReceiptStatus status = ReceiptStatus.RECEIVED;

	String uploadName;

	long uploadSize;

	String uploadSha256;

	String spoolPath;

	String uploadedBy;

	Instant receivedAt;

}
