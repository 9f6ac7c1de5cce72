package vn.luutru.intake;

/** How many rows of an intake stand in a status. */
record RowCount(IntakeRowStatus status, int count) {

}
