package vn.luutru.transfer.doc;

import vn.luutru.forms.Letterhead;
import vn.luutru.forms.PlaceAndDate;
import java.util.List;
import java.util.Objects;

/**
 * What the handover minutes of one electronic transfer state.
 *
 * @param letterhead the agency that draws up the minutes
 * @param number số biên bản, or {@code null}
 * @param placeAndDate place and date of the handover
 * @param lawBasis the law cited first, e.g.
 * {@link vn.luutru.forms.LegalBases#ARCHIVES_LAW_2024}
 * @param listApproval the approved transfer list, e.g. "Mục lục hồ sơ, tài liệu nộp lưu
 * lô TL-2026-001 đã được Giám đốc Sở Nội vụ phê duyệt ngày 10/3/2026"
 * @param acceptance the archive's check of the package, e.g. "Thông báo số 12/TB-LTLS
 * ngày 20/3/2026 của Trung tâm Lưu trữ lịch sử về việc tiếp nhận tài liệu"
 * @param giver bên giao
 * @param receiver bên nhận, the historical archive
 * @param fondsName tên phông
 * @param startYear year of the earliest document ({@link TransferList#startYear()})
 * @param endYear year of the latest document ({@link TransferList#endYear()})
 * @param files số lượng hồ sơ
 * @param computerFiles số tệp tin
 * @param sizeBytes total size of the computer files in bytes
 * @param packageId the submission package id
 * @param packageSha256 the package checksum, 64 hex digits
 * @param condition tình trạng tài liệu, e.g. {@link #INTACT}
 * @param transferListFileName file name of the transfer list attached
 * @param heldBack files inside the package that were put on hold before the change of
 * custody and so are not handed over
 */
public record HandoverMinutes(Letterhead letterhead, String number, PlaceAndDate placeAndDate, String lawBasis,
		String listApproval, String acceptance, Party giver, Party receiver, String fondsName, int startYear,
		int endYear, long files, long computerFiles, long sizeBytes, String packageId, String packageSha256,
		String condition, String transferListFileName, List<HeldBackFile> heldBack) {

	public static final String INTACT = "Tài liệu điện tử toàn vẹn, mã kiểm tra SHA-256 khớp";

	public HandoverMinutes {
		Objects.requireNonNull(letterhead, "letterhead");
		Objects.requireNonNull(placeAndDate, "placeAndDate");
		Objects.requireNonNull(lawBasis, "lawBasis");
		Objects.requireNonNull(giver, "giver");
		Objects.requireNonNull(receiver, "receiver");
		Objects.requireNonNull(fondsName, "fondsName");
		Objects.requireNonNull(packageId, "packageId");
		Objects.requireNonNull(packageSha256, "packageSha256");
		Objects.requireNonNull(condition, "condition");
		Objects.requireNonNull(transferListFileName, "transferListFileName");
		heldBack = List.copyOf(heldBack);
	}

	/** A file of the package the agency keeps, and the note of its hold. */
	public record HeldBackFile(String fileCode, String title, String holdNote) {

		public HeldBackFile {
			Objects.requireNonNull(fileCode, "fileCode");
		}

	}

}
