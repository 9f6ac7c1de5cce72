package vn.luutru.intake;

/** A sheet row as kept: its cells as JSON, where it stands, what it became. */
record StoredRow(long intakeId, int rowNo, IntakeRowStatus status, String fileNotation, String contentName,
		String rowValues, String errors, Long fileId, Long documentId, String duplicateOf) {

}
