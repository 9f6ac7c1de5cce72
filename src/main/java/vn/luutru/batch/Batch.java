package vn.luutru.batch;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One transfer or destruction batch: one agency, one decision, one process instance. The
 * list, package and minutes it produced are kept in the content store by checksum. Its
 * files were due by {@code dueBy}; until {@code claimedAt} the batch holds only their
 * items, the files themselves are claimed by the batch's first step.
 */
public record Batch(Long id, BatchKind kind, String code, Long agencyId, String agencyCode, String agencyName,
		BatchStatus status, int fileCount, String processInstanceId, Long sweepId, Instant createdAt, String createdBy,
		Instant decidedAt, String decidedBy, String decisionNote, String listSha256, String packageId,
		String packageSha256, Long packageSize, String minutesSha256, Instant closedAt, LocalDate dueBy,
		Instant claimedAt) {

}
