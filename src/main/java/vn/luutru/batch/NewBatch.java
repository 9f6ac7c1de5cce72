package vn.luutru.batch;

import java.time.Instant;
import java.time.LocalDate;

/** The values of a batch being opened; MyBatis fills in the generated id. */
class NewBatch {

	Long id;

	BatchKind kind;

	String code;

	long agencyId;

	BatchStatus status;

	Long sweepId;

	Instant createdAt;

	String createdBy;

	LocalDate dueBy;

}
