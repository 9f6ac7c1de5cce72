package vn.luutru.backup;

/** Where a backup is; only a DONE set is a base or restored. */
public enum BackupStatus {

	RUNNING,

	/** Manifest written and the set moved to its final name. */
	DONE,

	/** Stopped; nothing of it passes as a set, an incident was raised. */
	FAILED

}
