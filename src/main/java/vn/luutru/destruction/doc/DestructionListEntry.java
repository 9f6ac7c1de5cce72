package vn.luutru.destruction.doc;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One file on the list of records proposed for destruction.
 *
 * @param fileCode mã hồ sơ
 * @param fileNotation số và ký hiệu hồ sơ
 * @param title tiêu đề hồ sơ
 * @param startDate date of the earliest document, or {@code null}
 * @param endDate date of the latest document, or {@code null}
 * @param retention thời hạn bảo quản as printed, e.g. "10 năm"
 * @param reason why it is proposed
 * @param sheets số tờ
 * @param pages số trang
 * @param opinion the council's opinion, or {@code null} before the council has met
 * @param notes ghi chú, or {@code null}
 */
public record DestructionListEntry(String fileCode, String fileNotation, String title, LocalDate startDate,
		LocalDate endDate, String retention, DestructionReason reason, int sheets, int pages, CouncilOpinion opinion,
		String notes) {

	public DestructionListEntry {
		Objects.requireNonNull(fileCode, "fileCode");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(reason, "reason");
	}

	/** Proposed for destruction unless the council extended it. */
	public boolean extended() {
		return this.opinion != null && this.opinion.isExtension();
	}

}
