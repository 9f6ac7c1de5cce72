package vn.luutru.intake;

import java.time.Instant;

/**
 * One upload of an intake: round 1 is the first ZIP; each later round a corrected ZIP or
 * sheet sent back for the refused rows.
 *
 * @param sheetRows rows in the round's sheet
 * @param repeatedRows rows whose content the intake already held (good or captured): not
 * taken again
 * @param replacedRows refused rows of earlier rounds this round replaced
 */
public record IntakeRound(int roundNo, IntakeRoundKind kind, String uploadName, long uploadSize, String receivedBy,
		Instant receivedAt, int sheetRows, int repeatedRows, int replacedRows) {

}
