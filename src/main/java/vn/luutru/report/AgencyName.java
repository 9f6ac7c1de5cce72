package vn.luutru.report;

/** An agency as a report heads its rows. */
record AgencyName(long id, String name) {

}
