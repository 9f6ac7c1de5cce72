package vn.luutru.exchange;

/** Where a run of the export to the national archive database is. */
public enum NationalExportStatus {

	/** Files are left to export: each call to continue exports the next chunk. */
	RUNNING,

	/** Every file of the run is exported. */
	COMPLETED,

	/**
	 * Every file of the run was tried: some are exported, the others failed, each with
	 * its reason; a retry of the run tries the failed ones again.
	 */
	FINISHED_WITH_ERRORS

}
