package vn.luutru.access;

/** A grant that has ended or was revoked: its files are not shown (HTTP 403). */
class GrantNotUsableException extends RuntimeException {

	private final transient AccessGrant grant;

	GrantNotUsableException(AccessGrant grant) {
		super("grant " + grant.id() + " is not usable");
		this.grant = grant;
	}

	boolean revoked() {
		return this.grant.revokedAt() != null;
	}

}
