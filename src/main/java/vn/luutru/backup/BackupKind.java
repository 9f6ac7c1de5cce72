package vn.luutru.backup;

/**
 * Whether a set holds every object the database uses, or only those new since its base.
 */
public enum BackupKind {

	/** Every object the dump references (sao lưu toàn bộ). */
	FULL,

	/** Only objects that no set of its chain holds yet (sao lưu gia tăng). */
	INCREMENTAL

}
