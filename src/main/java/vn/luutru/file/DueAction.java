package vn.luutru.file;

/**
 * What falls due on a file's {@code due_on}, declared in the order a file meets them (the
 * deadline report lists them in this order).
 */
public enum DueAction {

	/** Deposit into the agency archive (nộp lưu). */
	DEPOSIT,
	/** Transfer to the historical archive (permanent files). */
	TRANSFER,
	/** Review for destruction (fixed-term files whose retention ended). */
	DESTRUCTION_REVIEW

}
