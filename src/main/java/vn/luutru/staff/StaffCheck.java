package vn.luutru.staff;

import java.time.Instant;
import java.time.LocalDate;

import vn.luutru.common.Problems;
import vn.luutru.common.Text;

/**
 * Checks a member of staff, for the API (fields by name) and the import (fields prefixed
 * with the row, {@code rows[5].fullName}).
 */
final class StaffCheck {

	static final LocalDate EARLIEST_TRAINING = LocalDate.of(1990, 1, 1);

	private StaffCheck() {
	}

	static Staff check(StaffRequest r, long agencyId, String user, LocalDate today, Instant now, String prefix,
			Problems problems) {
		if (r == null) {
			problems.add(prefix + "fullName", "error.required");
			return null;
		}
		String name = text(r.fullName(), 100, prefix + "fullName", true, problems);
		StaffRole role = null;
		if (Text.clean(r.archiveRole()) == null) {
			problems.add(prefix + "archiveRole", "error.required");
		}
		else {
			role = StaffRole.parse(r.archiveRole()).orElse(null);
			if (role == null) {
				problems.add(prefix + "archiveRole", "staff.error.role");
			}
		}
		Employment employment = null;
		if (Text.clean(r.employment()) == null) {
			problems.add(prefix + "employment", "error.required");
		}
		else {
			employment = Employment.parse(r.employment()).orElse(null);
			if (employment == null) {
				problems.add(prefix + "employment", "staff.error.employment");
			}
		}
		if (r.trainedOn() != null && (r.trainedOn().isAfter(today) || r.trainedOn().isBefore(EARLIEST_TRAINING))) {
			problems.add(prefix + "trainedOn", "staff.error.trainedOn", EARLIEST_TRAINING.getYear());
		}
		String course = text(r.trainingCourse(), 255, prefix + "trainingCourse", false, problems);
		if (course != null && r.trainedOn() == null) {
			problems.add(prefix + "trainedOn", "staff.error.courseWithoutDate");
		}
		return new Staff(null, agencyId, name, role, employment, r.trainedOn(), course, user, now);
	}

	private static String text(String value, int max, String field, boolean required, Problems problems) {
		String clean = Text.clean(value);
		if (clean == null && required) {
			problems.add(field, "error.required");
		}
		else if (clean != null && Text.tooLong(clean, max)) {
			problems.add(field, "error.tooLong", max);
		}
		return clean;
	}

}
