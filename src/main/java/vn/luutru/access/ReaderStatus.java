package vn.luutru.access;

/** Where a reader's registration stands. */
public enum ReaderStatus {

	/** Registered, waiting for the archive (within one working day). */
	PENDING,
	/** Approved: may ask for files. */
	APPROVED,
	/** Refused, with a reason. */
	REJECTED

}
