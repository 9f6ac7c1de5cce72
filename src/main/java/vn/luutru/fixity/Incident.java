package vn.luutru.fixity;

import java.time.Instant;

/** An incident kept with its status and who handled it (Decree 113/2025 Art. 22). */
public record Incident(long id, IncidentKind kind, IncidentStatus status, String subject, String details,
		Instant raisedAt, Long cycleId, String contentSha256, String processInstanceId, String handledBy,
		Instant handledAt) {

}
