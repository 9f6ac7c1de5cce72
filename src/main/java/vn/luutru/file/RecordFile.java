package vn.luutru.file;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A record file (hồ sơ) with the metadata of Decree 30/2020 and Circular 05/2025.
 *
 * @param fileCode agency code + year + file notation, e.g. 000.00.06.H53.2024.01.TCCB
 * @param maintenanceCode retention code 01 (permanent) to 07 (other)
 * @param accessMode 01 public, 02 conditional, 03 secret
 * @param docTotal documents filed; sheetTotal and pageTotal are their sums
 * @param returnedOn when the file was last sent back from a batch; it is listed again
 * only after a cool-off
 */
public record RecordFile(Long id, Long agencyId, String agencyCode, Long custodyAgencyId, String fileCode, int fileYear,
		String fileNotation, String title, Long planItemId, Long retentionRuleId, String maintenanceCode,
		Integer retentionYears, String accessMode, String language, String keywords, String inforSign, String creator,
		String description, LocalDate startDate, LocalDate endDate, String confidenceLevel, String physicalFormat,
		String paperFileCode, int docTotal, int sheetTotal, int pageTotal, FileStatus status, LocalDate dueOn,
		DueAction dueAction, boolean onHold, String schemaVersion, String openedBy, Instant openedAt, Instant closedAt,
		Instant depositedAt, LocalDate retainedUntil, String retentionApproval, Long batchId, String returnNote,
		LocalDate returnedOn, Instant transferredAt, Instant destroyedAt) {

	public boolean permanent() {
		return this.retentionYears == null;
	}

}
