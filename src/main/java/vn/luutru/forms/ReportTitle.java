package vn.luutru.forms;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * What a report's title block says: whose report it is, what it is, the period it covers
 * and who generated it when.
 *
 * @param letterhead the agency (and its managing body) the report is about or made by
 * @param title the report's name, e.g. "BÁO CÁO HỒ SƠ ĐẾN HẠN"
 * @param period the period covered, e.g. "Từ ngày 01/01/2026 đến ngày 31/12/2026"; may be
 * {@code null}
 * @param generatedAt when the report was generated, Vietnamese time
 * @param generatedBy the login or name of the officer who generated it
 */
public record ReportTitle(Letterhead letterhead, String title, String period, LocalDateTime generatedAt,
		String generatedBy) {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	public ReportTitle {
		Objects.requireNonNull(letterhead, "letterhead");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(generatedAt, "generatedAt");
		Objects.requireNonNull(generatedBy, "generatedBy");
	}

	/**
	 * "In bởi Nguyễn Văn An (luutru) lúc 08:15 05/03/2026 / Printed by …": the line every
	 * printed page carries ({@link PrintMark}, Decree 30 Annex VI III.6.k).
	 */
	public String printedLine() {
		return PrintMark.line(this.generatedBy, this.generatedAt);
	}

	/** "Lập lúc 08:15 ngày 05 tháng 3 năm 2026, người lập: luutru". */
	public String generatedLine() {
		return "Lập lúc " + TIME.format(this.generatedAt) + " "
				+ VietnameseDates.spelled(this.generatedAt.toLocalDate()) + ", người lập: " + this.generatedBy;
	}

}
