package vn.luutru.audit;

/**
 * The answer of a chain check: intact, or the first event where it breaks and why.
 */
public record AuditVerification(boolean intact, long eventsChecked, Long brokenAtEventId, String reason,
		String message) {

	static AuditVerification ok(long checked) {
		return new AuditVerification(true, checked, null, null, "Chuỗi nhật ký toàn vẹn / The audit chain is intact");
	}

	static AuditVerification broken(long checked, Long eventId, String reason, String message) {
		return new AuditVerification(false, checked, eventId, reason, message);
	}

}
