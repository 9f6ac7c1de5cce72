package vn.luutru.fixity;

/** What became of a damaged or missing copy. */
public enum FindingOutcome {

	/** Found; the repair not done yet (a step stopped in between). */
	FOUND,

	/** Replaced by the other copy, which still matched its checksum. */
	REPAIRED,

	/** No good copy to repair from: an incident and the managers' task. */
	INCIDENT

}
