package vn.luutru.audit;

import java.time.Instant;

/** Mutable row for the insert, so that MyBatis can hand back the generated id. */
class AuditCheckpointRow {

	Long id;

	long eventId;

	String eventHash;

	long eventCount;

	String keyId;

	Instant createdAt;

	String contentSha256;

	AuditCheckpoint toCheckpoint() {
		return new AuditCheckpoint(this.id, this.eventId, this.eventHash, this.eventCount, this.keyId, this.createdAt,
				this.contentSha256);
	}

}
