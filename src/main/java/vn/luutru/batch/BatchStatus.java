package vn.luutru.batch;

/**
 * Where a transfer or destruction batch stands. A transfer goes LISTED →
 * AWAITING_APPROVAL → APPROVED → PACKAGED → TRANSFERRED → COMPLETED; a destruction LISTED
 * → AWAITING_COUNCIL → COUNCIL_REVIEWED → APPROVED → COMPLETED. REJECTED returns its
 * files; EMPTY had none left to list, or (a transfer) every file on its approved list was
 * put on hold before packaging, or every file of its accepted package before the change
 * of custody (the package is then withdrawn, see {@link PackageWithdrawal}).
 */
public enum BatchStatus {

	LISTED, AWAITING_APPROVAL, AWAITING_COUNCIL, COUNCIL_REVIEWED, APPROVED, REJECTED, PACKAGED, TRANSFERRED, COMPLETED,
	EMPTY

}
