package vn.luutru.audit;

/**
 * The answer of a chain check: intact, or the first event where it breaks (its id, the
 * position in the chain) and why, as a reason code and a message in Vietnamese and
 * English.
 */
public record AuditVerification(boolean intact, long eventsChecked, Long brokenAtEventId, String reason,
		String message) {

	static AuditVerification ok(long checked, String message) {
		return new AuditVerification(true, checked, null, null, message);
	}

	static AuditVerification broken(long checked, Long eventId, String reason, String message) {
		return new AuditVerification(false, checked, eventId, reason, message);
	}

}
