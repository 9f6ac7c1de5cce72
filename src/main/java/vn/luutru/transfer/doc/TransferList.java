package vn.luutru.transfer.doc;

import vn.luutru.forms.Letterhead;
import vn.luutru.forms.PlaceAndDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the transfer list (mục lục hồ sơ, tài liệu nộp lưu) of one batch prints. Files the
 * agency head removed from the batch are left out by the caller.
 *
 * @param letterhead the agency handing over, under its managing body
 * @param fondsName tên phông
 * @param fondsCode phông số
 * @param archiveName the receiving historical archive, the same in every document of the
 * batch, e.g. "Trung tâm Lưu trữ lịch sử tỉnh Sơn La"
 * @param batchCode mã lô giao nộp
 * @param year the year of the transfer
 * @param placeAndDate place and date of signing
 * @param preparedBy the archivist who drew up the list (NGƯỜI LẬP), or {@code null}
 * @param head the agency head (THỦ TRƯỞNG CƠ QUAN), or {@code null}
 * @param files the files in list order
 */
public record TransferList(Letterhead letterhead, String fondsName, String fondsCode, String archiveName,
		String batchCode, int year, PlaceAndDate placeAndDate, String preparedBy, String head,
		List<TransferListEntry> files) {

	public TransferList {
		Objects.requireNonNull(letterhead, "letterhead");
		Objects.requireNonNull(fondsName, "fondsName");
		Objects.requireNonNull(archiveName, "archiveName");
		Objects.requireNonNull(placeAndDate, "placeAndDate");
		files = List.copyOf(files);
	}

	public long totalSheets() {
		return this.files.stream().mapToLong(TransferListEntry::sheets).sum();
	}

	public long totalPages() {
		return this.files.stream().mapToLong(TransferListEntry::pages).sum();
	}

	/**
	 * The year of the earliest document, for "thời gian của tài liệu"; 0 when unknown.
	 */
	public int startYear() {
		return this.files.stream()
			.map(TransferListEntry::startDate)
			.filter(Objects::nonNull)
			.mapToInt(LocalDate::getYear)
			.min()
			.orElse(0);
	}

	/** The year of the latest document; 0 when unknown. */
	public int endYear() {
		return this.files.stream()
			.map(TransferListEntry::endDate)
			.filter(Objects::nonNull)
			.mapToInt(LocalDate::getYear)
			.max()
			.orElse(0);
	}

}
