package vn.luutru.fixity;

/** Where a fixity cycle is. */
public enum FixityCycleStatus {

	/** Chunks are being checked. */
	RUNNING,

	/** Every object was checked; the minutes are written. */
	FINISHED

}
