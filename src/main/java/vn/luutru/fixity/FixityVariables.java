package vn.luutru.fixity;

/** The variables of {@code fixity-audit} and {@code fixity-incident}. */
final class FixityVariables {

	/** The cycle (null: none started, the last one is recent or still running). */
	static final String CYCLE_ID = "cycleId";

	/** Start a cycle even if the last one is recent (on demand). */
	static final String FORCE = "force";

	/** Whether objects remain after the chunk just checked. */
	static final String MORE = "more";

	static final String INCIDENT_ID = "incidentId";

	/** What was found, for the managers' form. */
	static final String FIXITY_REPORT = "fixityReport";

	private FixityVariables() {
	}

}
