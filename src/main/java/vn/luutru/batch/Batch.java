package vn.luutru.batch;

import java.time.Instant;

/**
 * One transfer or destruction batch: one agency, one decision, one process instance. The
 * list, package and minutes it produced are kept in the content store by checksum.
 */
public record Batch(Long id, BatchKind kind, String code, Long agencyId, String agencyCode, String agencyName,
		String status, int fileCount, String processInstanceId, Long sweepId, Instant createdAt, String createdBy,
		Instant decidedAt, String decidedBy, String decisionNote, String listSha256, String packageId,
		String packageSha256, Long packageSize, String minutesSha256, Instant closedAt) {

}
