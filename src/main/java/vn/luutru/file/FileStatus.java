package vn.luutru.file;

/** The states of a record file (DESIGN.md §3). */
public enum FileStatus {

	/** Work in progress: documents are being collected. */
	OPEN,
	/** Work ended; waiting for appraisal and deposit. */
	CLOSED,
	/** Kept back by the unit with approval, at most 2 years. */
	RETAINED_BY_UNIT,
	/** In the agency archive (Lưu trữ cơ quan). */
	DEPOSITED,
	/** On a transfer list to the historical archive. */
	TRANSFER_PENDING,
	/** In the custody of the historical archive. */
	TRANSFERRED,
	/** Expired, on a destruction list ("Xem xét hủy"). */
	UNDER_DESTRUCTION_REVIEW,
	/** Content erased; metadata and decision kept. */
	DESTROYED

}
