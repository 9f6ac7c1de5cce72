package vn.luutru.process;

import java.util.Set;

/** Process variable names shared by the models, the delegates and the forms. */
public final class Variables {

	public static final String FILE_ID = "fileId";

	public static final String FILE_CODE = "fileCode";

	public static final String AGENCY_CODE = "agencyCode";

	public static final String BATCH_ID = "batchId";

	public static final String BATCH_CODE = "batchCode";

	public static final String SWEEP_ID = "sweepId";

	public static final String COMPLETE = "complete";

	public static final String MISSING = "missing";

	/** Archivist's appraisal: DEPOSIT or RETAIN. */
	public static final String APPRAISAL_DECISION = "appraisalDecision";

	public static final String MAINTENANCE_CODE = "maintenanceCode";

	public static final String RETENTION_YEARS = "retentionYears";

	public static final String ACCESS_MODE = "accessMode";

	public static final String RETAINED_UNTIL = "retainedUntil";

	public static final String RETENTION_APPROVAL = "retentionApproval";

	/** A decision on a list: APPROVE or REJECT. */
	public static final String DECISION = "decision";

	public static final String COMMENT = "comment";

	/** The number of the head's decision to destroy, e.g. "15/QĐ-SNV". */
	public static final String DECISION_NUMBER = "decisionNumber";

	/** The date the head signed the decision to destroy, yyyy-MM-dd. */
	public static final String DECISION_DATE = "decisionDate";

	/** Who completed the last user task (set on completion, read by the next steps). */
	public static final String DECIDED_BY = "decidedBy";

	/** Files removed from a list, as JSON: [{"fileId":1,"reason":"..."}]. */
	public static final String REMOVED_FILES = "removedFiles";

	/**
	 * Council decisions per file, as JSON: [{"fileId":1,"decision":"EXTEND","years":5}].
	 */
	public static final String COUNCIL_DECISIONS = "councilDecisions";

	public static final String FILES_LEFT = "filesLeft";

	/** Files of a transfer batch not yet packaged after a packaging step. */
	public static final String FILES_TO_PACKAGE = "filesToPackage";

	/**
	 * Files of a destruction batch whose content is not yet erased after an erasure step.
	 */
	public static final String FILES_TO_ERASE = "filesToErase";

	public static final String FIXITY_REPORT = "fixityReport";

	/**
	 * What a process works on and who decided: set when it starts (or by its own steps),
	 * never by a task's answers or a REST call.
	 */
	public static final Set<String> FIXED = Set.of(FILE_ID, FILE_CODE, AGENCY_CODE, BATCH_ID, BATCH_CODE, SWEEP_ID,
			DECIDED_BY);

	private Variables() {
	}

}
