package vn.luutru.hold;

import java.time.Instant;
import java.time.LocalDate;

class NewHold {

	Long id;

	long agencyId;

	String reason;

	String scope;

	LocalDate heldUntil;

	String createdBy;

	Instant createdAt;

}
