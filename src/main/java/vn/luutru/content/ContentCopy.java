package vn.luutru.content;

/**
 * One of the two copies the store keeps of every object: the first location
 * ({@code luutru.content.root}) and the second ({@code luutru.content.replica-root}).
 */
public enum ContentCopy {

	FIRST, SECOND;

	/** The other copy, the one a damaged copy is repaired from. */
	public ContentCopy other() {
		return (this == FIRST) ? SECOND : FIRST;
	}

}
