package vn.luutru.hold;

import java.time.Instant;
import java.time.LocalDate;

/** A legal hold: who froze which files, why, until when, and who lifted it. */
public record LegalHold(Long id, Long agencyId, String reason, String scope, LocalDate heldUntil, String createdBy,
		Instant createdAt, String liftedBy, Instant liftedAt, String liftReason, int fileCount) {

}
