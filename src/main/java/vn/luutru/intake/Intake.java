package vn.luutru.intake;

import java.time.Instant;

/** An intake as stored. */
record Intake(long id, long agencyId, String agencyCode, IntakeStatus status, String schemaVersion, String zipName,
		long zipSize, String spoolPath, String uploadedBy, Instant uploadedAt, int totalRows, Instant captureStartedAt,
		Instant finishedAt, String processInstanceId) {

}
