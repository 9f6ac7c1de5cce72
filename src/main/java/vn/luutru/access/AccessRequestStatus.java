package vn.luutru.access;

/** Where an access request stands. */
public enum AccessRequestStatus {

	/** Only public files: granted when asked. */
	GRANTED,
	/** Conditional files wait for the approver (public ones, if any, are granted). */
	PENDING,
	/** The approver granted the conditional files. */
	APPROVED,
	/** The approver refused the conditional files, with a reason. */
	REJECTED

}
