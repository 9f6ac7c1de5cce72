package vn.luutru.intake;

/**
 * Where a sheet row stands. A row becomes CAPTURED in the transaction that stores its
 * document, so that a resumed capture never stores it twice.
 */
enum IntakeRowStatus {

	/** Read, not yet checked. */
	READ,
	/** Checked, waiting for its capture. */
	VALID,
	/** Refused by a check: listed in the error sheet. */
	INVALID,
	/** Its document is stored. */
	CAPTURED,
	/** The capture refused its content (an unreadable or forbidden format). */
	FAILED,
	/** The intake was cancelled before it was captured. */
	CANCELLED,
	/**
	 * Refused, then replaced by the rows of a corrected sheet sent back (a later round).
	 */
	SUPERSEDED,
	/**
	 * A row of a corrected sheet whose content the intake already holds in a good or
	 * captured row: kept in the round's history, never captured a second time.
	 */
	REPEATED

}
