package vn.luutru.receipt;

import java.time.Instant;
import java.util.List;

import vn.luutru.process.StepProgress;

/**
 * A receipt as the depositor and the historical archive see it (Circular 05/2025 Art.
 * 23.1): the round's code, the depositing agency, its status and reason, when it was
 * received, validated and decided, its totals (files, documents, bytes, per retention
 * period), every validation error in Vietnamese and English, and, once accepted, the
 * files registered with their AIPs.
 *
 * @param acceptable whether the archive may accept it (validated, nothing wrong found)
 * @param registration once accepted, how many of its documents are registered into the
 * archive's holdings (REGISTERING, a chunk at a time) of all; null before
 */
public record ReceiptView(long id, String code, ReceiptStatus status, String depositorCode, String depositorName,
		String uploadName, long uploadSize, String uploadSha256, String uploadedBy, Instant receivedAt,
		Instant validatedAt, String decidedBy, Instant decidedAt, String reason, Instant ingestedAt, int files,
		int documents, long bytes, List<PeriodTotal> byRetention, List<ReceiptError> errors,
		List<ReceivedFile> registeredFiles, boolean acceptable, StepProgress registration) {

}
