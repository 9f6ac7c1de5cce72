package vn.luutru.process;

/** Process variables of {@code record-intake}. */
public final class IntakeVariables {

	public static final String INTAKE_ID = "intakeId";

	/** Rows refused by the check, listed in the error sheet. */
	public static final String BAD_ROWS = "badRows";

	/** Good rows not yet captured after a chunk. */
	public static final String ROWS_LEFT = "rowsLeft";

	/**
	 * The clerk's choice on refused rows: CAPTURE_VALID, CANCEL, or RESUBMIT (set when a
	 * corrected ZIP or sheet is received, {@code POST
	 * /api/v1/intakes/{id}/resubmissions}).
	 */
	public static final String INTAKE_DECISION = "intakeDecision";

	public static final String CAPTURE_VALID = "CAPTURE_VALID";

	public static final String CANCEL = "CANCEL";

	public static final String RESUBMIT = "RESUBMIT";

	private IntakeVariables() {
	}

}
