package vn.luutru.report;

import vn.luutru.agency.Agency;

/**
 * Whose records a report covers: the rows the user may see ({@code visibleAgencyId}, null
 * for a manager) narrowed to one agency when asked ({@code agencyId}), and the agency
 * whose letterhead the report carries.
 *
 * @param visibleAgencyId null when the user reads every agency
 * @param agencyId the one agency asked for, or null for all the user sees
 * @param letterhead the agency heading the report: the one asked for, else the user's
 */
record ReportScope(Long visibleAgencyId, Long agencyId, Agency letterhead) {

	boolean allAgencies() {
		return this.agencyId == null && this.visibleAgencyId == null;
	}

}
