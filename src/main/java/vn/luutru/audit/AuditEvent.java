package vn.luutru.audit;

import java.time.Instant;

/**
 * One entry of the append-only audit trail; {@code keyId} names the key that signed its
 * hash ({@code sha256} for events written before the chain was keyed).
 */
public record AuditEvent(Long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
		Long agencyId, String details, String prevHash, String hash, String keyId) {

}
