package vn.luutru.access;

import java.time.Instant;

/** A request being written; MyBatis sets the id. */
class NewAccessRequest {

	Long id;

	String readerId;

	long custodyAgencyId;

	String purpose;

	String purposeContent;

	AccessRequestStatus status;

	Instant requestedAt;

	Instant dueAt;

}
