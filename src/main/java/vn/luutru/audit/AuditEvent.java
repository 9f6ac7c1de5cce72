package vn.luutru.audit;

import java.time.Instant;

/** One entry of the append-only audit trail. */
public record AuditEvent(Long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
		Long agencyId, String details, String prevHash, String hash) {

}
