package vn.luutru.search;

/**
 * The orders a result list can be in. Each names its own ORDER BY (never taken from the
 * request); the file id last makes every order total, so pages do not overlap.
 */
public enum SearchSort {

	/** Latest opened first (the default): the index gives it without a sort. */
	NEWEST("f.id desc"),
	/** Earliest opened first. */
	OLDEST("f.id"),
	/** By year of the file, latest first. */
	YEAR("f.file_year desc, f.id desc"),
	/** By title. */
	TITLE("f.title, f.id"),
	/** By file code. */
	CODE("f.file_code, f.id");

	private final String orderBy;

	SearchSort(String orderBy) {
		this.orderBy = orderBy;
	}

	public String orderBy() {
		return this.orderBy;
	}

}
