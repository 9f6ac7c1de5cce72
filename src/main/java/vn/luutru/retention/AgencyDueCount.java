package vn.luutru.retention;

/** How many files of an agency fall due soon, and how many are overdue. */
record AgencyDueCount(long agencyId, String agencyCode, int upcoming, int overdue) {

}
