package vn.luutru.intake;

import java.time.Instant;
import java.util.List;

/**
 * An intake and its progress as the API shows it.
 *
 * @param validRows rows that passed the check (captured, failed at capture or waiting)
 * @param percent captured or failed of the good rows, 0 to 100
 * @param rowsPerSecond capture rate since the capture started
 * @param duplicates captured documents flagged as already kept (same number, notation and
 * issuing organ)
 * @param totalRows the documents the intake stands for: rows of every round, less the
 * refused rows a corrected sheet replaced and the rows it repeated
 * @param repeatedRows rows of corrected sheets whose content the intake already held
 * @param rounds the uploads of the intake, the first ZIP and each correction sent back
 */
public record IntakeView(long id, String agencyCode, IntakeStatus status, String schemaVersion, String zipName,
		String uploadedBy, Instant uploadedAt, int totalRows, int invalidRows, int validRows, int capturedRows,
		int failedRows, int waitingRows, int duplicates, List<DuplicateRow> duplicateRows, int percent,
		Double rowsPerSecond, Instant captureStartedAt, Instant finishedAt, String errorSheet, int repeatedRows,
		List<IntakeRound> rounds) {

	/** A captured row whose document may duplicate one already kept. */
	public record DuplicateRow(int rowNo, String duplicateOf) {

	}

}
