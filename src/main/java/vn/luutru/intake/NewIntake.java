package vn.luutru.intake;

import java.time.Instant;

/** An intake being recorded; MyBatis fills in the id. */
class NewIntake {

	Long id;

	long agencyId;

	IntakeStatus status;

	String schemaVersion;

	String zipName;

	long zipSize;

	String spoolPath;

	String uploadedBy;

	Instant uploadedAt;

	int totalRows;

}
