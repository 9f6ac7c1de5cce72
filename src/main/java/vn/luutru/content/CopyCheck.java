package vn.luutru.content;

/**
 * What re-hashing one copy of an object found.
 *
 * @param copy which copy
 * @param state good, damaged or missing
 * @param actualSha256 the SHA-256 its bytes have now (null when missing)
 * @param size its size in bytes (-1 when missing)
 */
public record CopyCheck(ContentCopy copy, CopyState state, String actualSha256, long size) {

	/** The state of one copy after re-hashing it. */
	public enum CopyState {

		/** Its bytes hash to its name. */
		GOOD,

		/** Its bytes hash to something else: bit rot, a damaged disk, a changed file. */
		MISMATCH,

		/** There is no file under its name. */
		MISSING

	}

	public boolean good() {
		return this.state == CopyState.GOOD;
	}

}
