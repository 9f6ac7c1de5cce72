package vn.luutru.staff;

import java.time.LocalDate;

/**
 * A member of staff as the API and the import sheet give it.
 *
 * @param archiveRole CLERK, ARCHIVIST, CLERK_ARCHIVIST, SUPERVISOR or their Vietnamese
 * names
 * @param employment FULL_TIME (chuyên trách) or PART_TIME (kiêm nhiệm)
 */
public record StaffRequest(String fullName, String archiveRole, String employment, LocalDate trainedOn,
		String trainingCourse) {

}
