package vn.luutru.backup;

/** What started a backup (nhật ký sao lưu). */
public enum BackupTrigger {

	/** An administrator through the API (sao lưu đột xuất). */
	API,

	/** The schedule (sao lưu định kỳ). */
	SCHEDULE,

	/** The command line ({@code java -jar luutru.jar backup}). */
	COMMAND

}
