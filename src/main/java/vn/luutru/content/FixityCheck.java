package vn.luutru.content;

import java.util.List;

/**
 * Both copies of one object re-hashed.
 *
 * @param sha256 the object's name, the checksum its bytes must have
 * @param copies what each copy holds, the first then the second
 */
public record FixityCheck(String sha256, List<CopyCheck> copies) {

	public boolean allGood() {
		return this.copies.stream().allMatch(CopyCheck::good);
	}

	/** Bytes read to check it. */
	public long bytesRead() {
		return this.copies.stream().mapToLong((c) -> Math.max(c.size(), 0)).sum();
	}

	public CopyCheck copy(ContentCopy copy) {
		return this.copies.get(copy.ordinal());
	}

}
