package vn.luutru.audit;

import java.time.Instant;

/**
 * Where a signed checkpoint of the chain head is kept: the file in the content store
 * ({@code contentSha256}) is what counts; this row only finds it.
 */
public record AuditCheckpoint(Long id, long eventId, String eventHash, long eventCount, String keyId, Instant createdAt,
		String contentSha256) {

}
