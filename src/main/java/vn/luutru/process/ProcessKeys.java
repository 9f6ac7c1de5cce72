package vn.luutru.process;

/** The ids of the process models in bpmn/ (file name = process id). */
public final class ProcessKeys {

	public static final String FILE_APPRAISAL = "file-appraisal";

	public static final String RETENTION_SWEEP = "retention-sweep";

	/** The message that starts a sweep on demand (the daily one starts on a timer). */
	public static final String SWEEP_REQUESTED = "retention-sweep-requested";

	public static final String DUE_WARNING = "due-warning";

	public static final String TRANSFER = "transfer";

	public static final String DESTRUCTION = "destruction";

	public static final String MONTHLY_REPORT = "monthly-report";

	public static final String RECORD_INTAKE = "record-intake";

	public static final String FIXITY_AUDIT = "fixity-audit";

	/** The message that starts a fixity cycle on demand (the timer starts the others). */
	public static final String FIXITY_REQUESTED = "fixity-audit-requested";

	/** The managers' task for an object no good copy is left of. */
	public static final String FIXITY_INCIDENT = "fixity-incident";

	private ProcessKeys() {
	}

}
