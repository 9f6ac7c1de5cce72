package vn.luutru.destruction.doc;

import java.io.IOException;
import java.io.OutputStream;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import vn.luutru.forms.OfficialDocument;
import vn.luutru.forms.Signatory;
import vn.luutru.forms.VietnameseDates;
import vn.luutru.forms.VietnameseNumbers;

/**
 * "Biên bản hủy tài liệu hết giá trị" of an electronic destruction: who erased what, how,
 * what stayed (legal hold, extension), and whether it happened within the days the
 * decision allows. States a late destruction as late rather than claiming the deadline.
 */
public final class DestructionMinutesDocument {

	public static final String TITLE = "BIÊN BẢN HỦY TÀI LIỆU HẾT GIÁ TRỊ";

	static final List<String> DESTROYED_HEADERS = List.of("STT", "Mã hồ sơ", "Tiêu đề hồ sơ", "Số văn bản đã xóa");

	private static final int[] DESTROYED_WIDTHS = { 700, 3000, 4255, 1400 };

	static final List<String> CHECKSUM_HEADERS = List.of("STT", "Mã văn bản", "Mã kiểm tra SHA-256");

	/**
	 * Each on one line: a document code of 26 characters in 10 pt, 64 hex digits in 9 pt
	 * (about 5,800 twips with the cell's margins).
	 */
	private static final int[] CHECKSUM_WIDTHS = { 600, 2855, 5900 };

	private static final int[] CHECKSUM_POINTS = { 12, 10, 9 };

	private DestructionMinutesDocument() {
	}

	/**
	 * Writes the minutes as .docx; the stream stays open.
	 * @param minutes what the minutes state
	 * @param out where the document goes
	 * @throws IOException when the stream fails
	 */
	public static void write(DestructionMinutes minutes, OutputStream out) throws IOException {
		try (OfficialDocument doc = new OfficialDocument()) {
			doc.letterhead(minutes.letterhead(), minutes.number(), minutes.placeAndDate());
			doc.title(TITLE, null);
			DestructionMinutes.Decision decision = minutes.decision();
			doc.paragraph("Căn cứ " + minutes.lawBasis() + ";");
			doc.paragraph("Căn cứ Quyết định số " + decision.number() + " " + VietnameseDates.spelled(decision.date())
					+ " của " + decision.issuer() + " về việc hủy tài liệu hết giá trị;");
			if (minutes.councilMinutes() != null) {
				doc.paragraph("Căn cứ " + minutes.councilMinutes() + ";");
			}
			String venue = (minutes.venue() != null) ? minutes.venue() : minutes.letterhead().agency();
			doc.paragraph("Hôm nay, " + VietnameseDates.spelled(minutes.placeAndDate().date()) + ", tại " + venue
					+ ", chúng tôi gồm:");
			participant(doc, 1, minutes.chair(), "Chủ tịch Hội đồng");
			participant(doc, 2, minutes.archivist(), "Người làm lưu trữ");
			participant(doc, 3, minutes.ownerRepresentative(), "Đại diện đơn vị có tài liệu");
			doc.paragraph("Đã tiến hành hủy tài liệu hết giá trị theo Quyết định nêu trên như sau:");
			doc.labelled("1. Phương thức hủy: ", minutes.method() + ".");
			destroyed(doc, minutes);
			held(doc, minutes.held());
			extended(doc, minutes.extended());
			doc.labelled("5. Thời gian hủy: ", timeLine(minutes));
			doc.paragraph("Biên bản được lập thành 02 bản: 01 bản lưu trong hồ sơ hủy tài liệu, "
					+ "01 bản lưu tại đơn vị có tài liệu./.");
			doc.signatures(List.of(new Signatory("CHỦ TỊCH HỘI ĐỒNG", Signatory.SIGN, minutes.chair().name()),
					new Signatory("NGƯỜI LÀM LƯU TRỮ", Signatory.SIGN, minutes.archivist().name()), new Signatory(
							"ĐẠI DIỆN ĐƠN VỊ CÓ TÀI LIỆU", Signatory.SIGN, minutes.ownerRepresentative().name())));
			doc.write(out);
		}
	}

	static String timeLine(DestructionMinutes minutes) {
		String done = "hoàn thành " + VietnameseDates.spelled(minutes.placeAndDate().date());
		String since = " kể từ ngày ký Quyết định số " + minutes.decision().number() + " ("
				+ VietnameseDates.numeric(minutes.decision().date()) + ").";
		if (minutes.onTime()) {
			return done + ", trong thời hạn " + minutes.deadlineDays() + " ngày" + since;
		}
		long late = ChronoUnit.DAYS.between(minutes.deadline(), minutes.placeAndDate().date());
		return done + ", quá thời hạn " + minutes.deadlineDays() + " ngày" + since.substring(0, since.length() - 1)
				+ ", chậm " + late + " ngày.";
	}

	private static void participant(OfficialDocument doc, int number, DestructionMinutes.Participant person,
			String role) {
		String position = (person.position() != null) ? ", " + person.position() : "";
		doc.paragraph(number + ". Ông (bà) " + person.name() + position + " - " + role + ";");
	}

	private static void destroyed(OfficialDocument doc, DestructionMinutes minutes) {
		int files = minutes.destroyed().size();
		doc.labelled("2. Tài liệu đã hủy: ", count(files) + " hồ sơ, gồm " + count(minutes.documentsErased())
				+ " văn bản đã bị xóa" + ((files > 0) ? ", theo bảng dưới đây:" : "."));
		if (files == 0) {
			return;
		}
		List<List<String>> rows = new ArrayList<>();
		List<List<String>> checksums = new ArrayList<>();
		int number = 0;
		for (DestructionMinutes.DestroyedFile file : minutes.destroyed()) {
			rows.add(List.of(String.valueOf(++number), file.fileCode(), file.title(),
					String.valueOf(file.documentsErased())));
			for (DestructionMinutes.ErasedDocument document : file.documents()) {
				checksums.add(List.of(String.valueOf(checksums.size() + 1), document.docCode(), document.sha256()));
			}
		}
		doc.table(DESTROYED_HEADERS, rows, DESTROYED_WIDTHS);
		if (!checksums.isEmpty()) {
			doc.item("Mã kiểm tra SHA-256 của từng văn bản đã xóa, giữ lại làm bằng chứng:");
			doc.table(CHECKSUM_HEADERS, checksums, CHECKSUM_WIDTHS, CHECKSUM_POINTS);
		}
	}

	private static void held(OfficialDocument doc, List<DestructionMinutes.HeldFile> held) {
		doc.labelled("3. Hồ sơ không hủy do đang bị phong tỏa theo yêu cầu pháp lý: ",
				held.isEmpty() ? "không có." : count(held.size()) + " hồ sơ, gồm:");
		for (DestructionMinutes.HeldFile file : held) {
			doc.item(file.fileCode() + titled(file.title()) + ": " + file.holdNote() + ";");
		}
	}

	private static void extended(OfficialDocument doc, List<DestructionMinutes.ExtendedFile> extended) {
		doc.labelled("4. Hồ sơ được gia hạn thời hạn bảo quản: ",
				extended.isEmpty() ? "không có." : count(extended.size()) + " hồ sơ, gồm:");
		for (DestructionMinutes.ExtendedFile file : extended) {
			doc.item(file.fileCode() + titled(file.title()) + ": gia hạn " + file.years() + " năm, đến hết năm "
					+ file.untilYear() + ";");
		}
	}

	private static String titled(String title) {
		return (title != null) ? " (" + title + ")" : "";
	}

	private static String count(long number) {
		return VietnameseNumbers.grouped(number) + " (bằng chữ: " + VietnameseNumbers.inWords(number) + ")";
	}

}
