package vn.luutru.fixity;

/** Where an incident is in its handling. */
public enum IncidentStatus {

	/** Raised; the managers' task waits. */
	OPEN,

	/** A manager recorded how it was handled. */
	HANDLED

}
