package vn.luutru.process;

/** Values of decision variables and the BPMN error codes the models catch. */
public final class Decisions {

	public static final String APPROVE = "APPROVE";

	public static final String REJECT = "REJECT";

	public static final String DEPOSIT = "DEPOSIT";

	public static final String RETAIN = "RETAIN";

	public static final String DESTROY = "DESTROY";

	public static final String EXTEND = "EXTEND";

	/** A checksum in the package does not match the content store. */
	public static final String ERROR_FIXITY_MISMATCH = "FIXITY_MISMATCH";

	/** Every file of the batch was dropped (holds, removals): nothing left to do. */
	public static final String ERROR_BATCH_EMPTY = "BATCH_EMPTY";

	private Decisions() {
	}

}
