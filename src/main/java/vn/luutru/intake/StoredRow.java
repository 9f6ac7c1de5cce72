package vn.luutru.intake;

/**
 * A sheet row as kept: its cells as JSON, where it stands, what it became.
 *
 * @param rowNo the row's number within the intake (rounds after the first continue the
 * numbering)
 * @param roundNo the upload that brought the row (1: the first ZIP)
 * @param sheetRow the row's number in its own round's sheet, as Excel shows it
 * @param contentRound the round whose ZIP holds the row's content
 */
record StoredRow(long intakeId, int rowNo, IntakeRowStatus status, String fileNotation, String contentName,
		String rowValues, String errors, Long fileId, Long documentId, String duplicateOf, int roundNo, int sheetRow,
		int contentRound) {

}
