package vn.luutru.access;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reader (độc giả) and the identity he gave at registration (Decree 113/2025 Art.
 * 22.2.b: name, registration date, the personal data used to identify him).
 *
 * @param identityNumber the number of his citizen identity card (căn cước, 12 digits) or
 * passport
 */
public record Reader(String userId, String fullName, LocalDate birthDate, String identityNumber, String nationality,
		String address, String phone, String email, String organisation, ReaderStatus status, Instant registeredAt,
		Instant dueAt, String decidedBy, Instant decidedAt, String rejectionReason) {

}
