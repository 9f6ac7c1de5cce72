package vn.luutru.intake;

/** Where an intake stands (the record-intake process moves it). */
public enum IntakeStatus {

	/** Received; its rows are being checked. */
	VALIDATING,
	/**
	 * Some rows are bad: a clerk downloads them, and captures the good ones or cancels.
	 */
	ROWS_REJECTED,
	/** The good rows are being captured, chunk by chunk. */
	CAPTURING,
	/** Every good row captured; the files have their history. */
	CAPTURED,
	/** Cancelled by the clerk: nothing captured. */
	CANCELLED

}
