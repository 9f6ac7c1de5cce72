package vn.luutru.access;

import org.springframework.security.access.AccessDeniedException;

/**
 * A grant that has ended or was revoked: its files are not shown (HTTP 403; a denied
 * access, so that routes outside the reading room answer 403 too).
 */
class GrantNotUsableException extends AccessDeniedException {

	private final transient AccessGrant grant;

	GrantNotUsableException(AccessGrant grant) {
		super("grant " + grant.id() + " is not usable");
		this.grant = grant;
	}

	boolean revoked() {
		return this.grant.revokedAt() != null;
	}

}
