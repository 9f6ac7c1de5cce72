package vn.luutru.transfer.doc;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One file (hồ sơ) on the transfer list.
 *
 * @param fileCode mã hồ sơ, e.g. "000.06.16.G09.2015.01.TH"
 * @param fileNotation số và ký hiệu hồ sơ, e.g. "01.TH"
 * @param title tiêu đề hồ sơ
 * @param startDate date of the earliest document, or {@code null}
 * @param endDate date of the latest document, or {@code null}
 * @param retention thời hạn bảo quản as printed, e.g. "Vĩnh viễn"
 * @param sheets số tờ (zero for born-digital files without a paper original)
 * @param pages số trang
 * @param notes ghi chú, e.g. why the agency head removed or kept back a file; may be
 * {@code null}
 */
public record TransferListEntry(String fileCode, String fileNotation, String title, LocalDate startDate,
		LocalDate endDate, String retention, int sheets, int pages, String notes) {

	public TransferListEntry {
		Objects.requireNonNull(fileCode, "fileCode");
		Objects.requireNonNull(title, "title");
	}

}
