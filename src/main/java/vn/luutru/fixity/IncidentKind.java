package vn.luutru.fixity;

/** What an incident is about (Decree 113/2025 Art. 22). */
public enum IncidentKind {

	/** An object whose copies all fail their checksum or are missing. */
	FIXITY,

	/** A backup that failed: its set is not kept as a good set (backup/Backups). */
	BACKUP

}
