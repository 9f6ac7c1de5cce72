package vn.luutru.intake;

/** What an upload of an intake brought. */
public enum IntakeRoundKind {

	/** A ZIP: its sheet and content files. */
	ZIP,
	/**
	 * A corrected sheet alone: its rows' contents come from the ZIPs already received.
	 */
	SHEET

}
