package vn.luutru.report.monthly;

import java.time.Instant;

/**
 * A report the monthly-report process generated and keeps.
 *
 * @param reportMonth the month reported on, yyyy-MM
 * @param sentBy the manager who reviewed and sent it; null until then
 */
public record MonthlyReport(Long id, String reportMonth, MonthlyReportKind kind, String contentSha256, long contentSize,
		Instant generatedAt, String sentBy, Instant sentAt) {

	public String fileName() {
		return this.kind.fileName(this.reportMonth);
	}

}
