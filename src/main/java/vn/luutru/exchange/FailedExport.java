package vn.luutru.exchange;

import java.time.Instant;

/**
 * A file of a run that could not be exported, skipped while the run went on.
 *
 * @param reason why, in Vietnamese
 * @param reasonEn why, in English
 */
public record FailedExport(Long fileId, String fileCode, Instant failedAt, String reason, String reasonEn) {

}
