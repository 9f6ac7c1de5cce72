package vn.luutru.destruction.doc;

import vn.luutru.forms.LegalBases;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.luutru.forms.Letterhead;
import vn.luutru.forms.PlaceAndDate;

/**
 * What the minutes of a destruction state. The place and date are those of the
 * destruction itself, which may not come before the decision.
 *
 * @param letterhead the agency that held the records
 * @param number số biên bản, or {@code null}
 * @param placeAndDate place and date of the destruction
 * @param lawBasis the law cited first, e.g.
 * {@link vn.luutru.forms.LegalBases#ARCHIVES_LAW_2024}
 * @param decision the head's decision to destroy
 * @param councilMinutes the council's minutes, e.g. "Biên bản họp Hội đồng xét hủy tài
 * liệu lưu trữ ngày 20/02/2026"
 * @param venue where it took place, e.g. "Phòng Lưu trữ, Sở Nội vụ"
 * @param chair council chair
 * @param archivist the archivist
 * @param ownerRepresentative representative of the unit that owned the records
 * @param method phương thức hủy, e.g. {@link #ERASE_KEEP_METADATA}
 * @param destroyed the files erased
 * @param held files on the decision left alone because of a legal hold
 * @param extended files the council extended instead
 * @param deadlineDays days from the decision within which to destroy, e.g.
 * {@link #DEADLINE_DAYS}
 */
public record DestructionMinutes(Letterhead letterhead, String number, PlaceAndDate placeAndDate, String lawBasis,
		Decision decision, String councilMinutes, String venue, Participant chair, Participant archivist,
		Participant ownerRepresentative, String method, List<DestroyedFile> destroyed, List<HeldFile> held,
		List<ExtendedFile> extended, int deadlineDays) {

	public static final String ERASE_KEEP_METADATA = "xóa vĩnh viễn dữ liệu điện tử khỏi hệ thống lưu trữ; "
			+ "giữ lại siêu dữ liệu và mã kiểm tra";

	/** The default deadline; the configured value goes in {@code deadlineDays}. */
	public static final int DEADLINE_DAYS = 15;

	public DestructionMinutes {
		Objects.requireNonNull(letterhead, "letterhead");
		Objects.requireNonNull(lawBasis, "lawBasis");
		Objects.requireNonNull(decision, "decision");
		Objects.requireNonNull(chair, "chair");
		Objects.requireNonNull(archivist, "archivist");
		Objects.requireNonNull(ownerRepresentative, "ownerRepresentative");
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(placeAndDate, "placeAndDate");
		Objects.requireNonNull(placeAndDate.date(), "the date of the destruction");
		if (placeAndDate.date().isBefore(decision.date())) {
			throw new IllegalArgumentException("Records are destroyed after the decision of " + decision.date()
					+ ", not on " + placeAndDate.date());
		}
		destroyed = List.copyOf(destroyed);
		held = List.copyOf(held);
		extended = List.copyOf(extended);
	}

	/** The last day the decision allows. */
	public LocalDate deadline() {
		return this.decision.date().plusDays(this.deadlineDays);
	}

	/** Whether the destruction happened by the deadline. */
	public boolean onTime() {
		return !this.placeAndDate.date().isAfter(deadline());
	}

	public long documentsErased() {
		return this.destroyed.stream().mapToLong(DestroyedFile::documentsErased).sum();
	}

	/**
	 * The head's decision to destroy.
	 *
	 * @param number e.g. "15/QĐ-SNV"
	 * @param date date of signing
	 * @param issuer who signed, e.g. "Giám đốc Sở Nội vụ"
	 */
	public record Decision(String number, LocalDate date, String issuer) {

		public Decision {
			Objects.requireNonNull(number, "number");
			Objects.requireNonNull(date, "date");
			Objects.requireNonNull(issuer, "issuer");
		}

	}

	/**
	 * A person present.
	 *
	 * @param name full name, or the blank line to fill in by hand
	 * @param position chức vụ, or {@code null} when not known
	 */
	public record Participant(String name, String position) {

		public Participant {
			Objects.requireNonNull(name, "name");
		}

	}

	/**
	 * A file erased, with the checksums of its documents kept as evidence of what was
	 * erased.
	 *
	 * @param fileCode mã hồ sơ
	 * @param title tiêu đề hồ sơ
	 * @param documents the documents (computer files) erased
	 */
	public record DestroyedFile(String fileCode, String title, List<ErasedDocument> documents) {

		public DestroyedFile {
			Objects.requireNonNull(fileCode, "fileCode");
			Objects.requireNonNull(title, "title");
			documents = List.copyOf(documents);
		}

		public int documentsErased() {
			return this.documents.size();
		}

	}

	/**
	 * A document erased.
	 *
	 * @param docCode mã văn bản (file code and position), e.g.
	 * "000.06.16.G09.2012.03.VP.1"
	 * @param sha256 the retained checksum of its content, 64 hex digits
	 */
	public record ErasedDocument(String docCode, String sha256) {

		public ErasedDocument {
			Objects.requireNonNull(docCode, "docCode");
			Objects.requireNonNull(sha256, "sha256");
		}

	}

	/**
	 * A file on the decision that stayed because a legal hold was placed on it.
	 *
	 * @param fileCode mã hồ sơ
	 * @param title tiêu đề hồ sơ
	 * @param holdNote the hold: who placed it and why
	 */
	public record HeldFile(String fileCode, String title, String holdNote) {

		public HeldFile {
			Objects.requireNonNull(fileCode, "fileCode");
			Objects.requireNonNull(holdNote, "holdNote");
		}

	}

	/**
	 * A file the council kept for longer.
	 *
	 * @param fileCode mã hồ sơ
	 * @param title tiêu đề hồ sơ
	 * @param years the extension
	 * @param untilYear the new last year of retention
	 */
	public record ExtendedFile(String fileCode, String title, int years, int untilYear) {

		public ExtendedFile {
			Objects.requireNonNull(fileCode, "fileCode");
		}

	}

}
