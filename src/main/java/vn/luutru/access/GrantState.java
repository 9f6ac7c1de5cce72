package vn.luutru.access;

/** Where a grant stands at a given time (labels: {@code access.grant.state.*}). */
public enum GrantState {

	/** Its files can be read. */
	VALID,
	/** Its time is over. */
	EXPIRED,
	/** The archive took it back before it ended. */
	REVOKED

}
