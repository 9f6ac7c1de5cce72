package vn.luutru.access;

import java.time.Instant;

/** A reader's right to read one file, read-only, until {@code validUntil}. */
public record AccessGrant(Long id, Long requestId, String readerId, Long fileId, String fileCode, String title,
		Instant grantedAt, Instant validUntil, Instant revokedAt, String revokedBy, String revokeReason) {

	public boolean usableAt(Instant now) {
		return stateAt(now) == GrantState.VALID;
	}

	public GrantState stateAt(Instant now) {
		if (this.revokedAt != null) {
			return GrantState.REVOKED;
		}
		return now.isBefore(this.validUntil) ? GrantState.VALID : GrantState.EXPIRED;
	}

}
