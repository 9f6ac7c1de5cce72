package vn.luutru.exchange;

/** Where a run of the export to the national archive database is. */
public enum NationalExportStatus {

	/** Files are left to export: each call to continue exports the next chunk. */
	RUNNING,

	/** Every file of the run is exported. */
	COMPLETED

}
