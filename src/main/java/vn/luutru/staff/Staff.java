package vn.luutru.staff;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A member of an agency's archive staff (indicator 8 of the plan: all of them, part-time
 * included, trained in e-records work).
 *
 * @param trainedOn when they completed training in e-records work; null: not yet
 */
public record Staff(Long id, Long agencyId, String fullName, StaffRole archiveRole, Employment employment,
		LocalDate trainedOn, String trainingCourse, String createdBy, Instant updatedAt) {

}
