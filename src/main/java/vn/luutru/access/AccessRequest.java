package vn.luutru.access;

import java.time.Instant;

/**
 * A reader's request for files.
 *
 * @param purpose 01 personal, 02 official, 03 special official (AccessPurpose)
 * @param dueAt when the approver must have answered (working days, WorkingCalendar); null
 * when nothing waits for an approver
 */
public record AccessRequest(Long id, String readerId, Long custodyAgencyId, String purpose, String purposeContent,
		AccessRequestStatus status, Instant requestedAt, Instant dueAt, String decidedBy, Instant decidedAt,
		String rejectionReason) {

}
