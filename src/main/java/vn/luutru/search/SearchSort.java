package vn.luutru.search;

/**
 * The orders a result list can be in. Each names its own ORDER BY (never taken from the
 * request); the file id last makes every order total, so pages do not overlap.
 */
public enum SearchSort {

	/** Latest opened first (the default): the index gives it without a sort. */
	NEWEST("f.id desc", true),
	/** Earliest opened first. */
	OLDEST("f.id", true),
	/** By year of the file, latest first (index idx_record_file_year_id). */
	YEAR("f.file_year desc, f.id desc", true),
	/** By title. */
	TITLE("f.title, f.id", false),
	/** By file code (the unique index on file_code). */
	CODE("f.file_code, f.id", true);

	private final String orderBy;

	private final boolean indexed;

	SearchSort(String orderBy, boolean indexed) {
		this.orderBy = orderBy;
		this.indexed = indexed;
	}

	/**
	 * Whether an index of lt_record_file gives this order, so that the files can be read
	 * in it and the first page found without sorting every match.
	 */
	boolean indexed() {
		return this.indexed;
	}

	public String orderBy() {
		return this.orderBy;
	}

}
