package vn.luutru.retention;

/** A sweep RUNNING while it batches and warns, DONE once both are recorded. */
public enum SweepStatus {

	RUNNING, DONE

}
