package vn.luutru.transfer.doc;

import vn.luutru.forms.OfficialDocument;
import vn.luutru.forms.Signatory;
import vn.luutru.forms.VietnameseDates;
import vn.luutru.forms.VietnameseNumbers;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * "Biên bản giao nhận tài liệu" of an electronic transfer to the historical archive,
 * after the form of Decree 30/2020 Annex V (V) with the electronic volume, package and
 * checksum in place of boxes and shelf metres.
 */
public final class HandoverMinutesDocument {

	public static final String TITLE = "BIÊN BẢN GIAO NHẬN TÀI LIỆU";

	private static final BigDecimal MEBIBYTE = BigDecimal.valueOf(1024L * 1024L);

	private HandoverMinutesDocument() {
	}

	/**
	 * Writes the minutes as .docx; the stream stays open.
	 * @param minutes what the minutes state
	 * @param out where the document goes
	 * @throws IOException when the stream fails
	 */
	public static void write(HandoverMinutes minutes, OutputStream out) throws IOException {
		try (OfficialDocument doc = new OfficialDocument()) {
			doc.letterhead(minutes.letterhead(), minutes.number(), minutes.placeAndDate());
			doc.title(TITLE, null);
			doc.paragraph("Căn cứ " + minutes.lawBasis() + ";");
			if (minutes.listApproval() != null) {
				doc.paragraph("Căn cứ " + minutes.listApproval() + ";");
			}
			if (minutes.acceptance() != null) {
				doc.paragraph("Căn cứ " + minutes.acceptance() + ";");
			}
			doc.paragraph("Hôm nay, " + VietnameseDates.spelled(minutes.placeAndDate().date()) + ", tại "
					+ minutes.receiver().organisation() + ", chúng tôi gồm:");
			party(doc, "BÊN GIAO: ", minutes.giver());
			party(doc, "BÊN NHẬN: ", minutes.receiver());
			doc.paragraph("Thống nhất lập biên bản giao nhận tài liệu với những nội dung như sau:");
			doc.labelled("1. Tên khối tài liệu giao nộp: ", "Phông " + minutes.fondsName() + ".");
			doc.labelled("2. Thời gian của tài liệu: ", years(minutes) + ".");
			doc.labelled("3. Số lượng tài liệu điện tử:", "");
			doc.item("Tổng số hồ sơ: " + count(minutes.files()) + " hồ sơ;");
			doc.item("Tổng số tệp tin trong hồ sơ: " + count(minutes.computerFiles()) + " tệp;");
			doc.item("Dung lượng: " + megabytes(minutes.sizeBytes()) + " MB;");
			doc.item("Gói tin: " + minutes.packageId() + ";");
			doc.item("Mã kiểm tra SHA-256 của gói tin: " + minutes.packageSha256() + ".");
			doc.labelled("4. Tình trạng tài liệu giao nộp: ", minutes.condition() + ".");
			doc.labelled("5. Mục lục hồ sơ, tài liệu nộp lưu kèm theo: ", minutes.transferListFileName() + ".");
			heldBack(doc, minutes.heldBack());
			doc.paragraph("Biên bản được lập thành 02 bản, mỗi bên giữ 01 bản./.");
			doc.signatures(List.of(new Signatory("ĐẠI DIỆN BÊN GIAO", Signatory.SIGN, minutes.giver().representative()),
					new Signatory("ĐẠI DIỆN BÊN NHẬN", Signatory.SIGN, minutes.receiver().representative())));
			doc.write(out);
		}
	}

	/**
	 * "1.536,25": sizes in binary megabytes, as file managers show them, comma decimals.
	 */
	static String megabytes(long bytes) {
		BigDecimal mb = BigDecimal.valueOf(bytes).divide(MEBIBYTE, 2, RoundingMode.HALF_UP);
		String[] parts = mb.toPlainString().split("\\.");
		return VietnameseNumbers.grouped(Long.parseLong(parts[0])) + "," + parts[1];
	}

	static String count(long number) {
		return VietnameseNumbers.grouped(number) + " (bằng chữ: " + VietnameseNumbers.inWords(number) + ")";
	}

	private static String years(HandoverMinutes minutes) {
		if (minutes.startYear() == 0 || minutes.startYear() == minutes.endYear()) {
			return (minutes.endYear() == 0) ? "……" : "năm " + minutes.endYear();
		}
		return minutes.startYear() + " - " + minutes.endYear();
	}

	/**
	 * Only when a hold kept files of the package back: the package holds more files than
	 * were handed over, and the minutes say which.
	 */
	private static void heldBack(OfficialDocument doc, List<HandoverMinutes.HeldBackFile> held) {
		if (held.isEmpty()) {
			return;
		}
		doc.labelled("6. Hồ sơ có trong gói tin nhưng không giao nộp do bị phong tỏa theo yêu cầu pháp lý: ",
				count(held.size()) + " hồ sơ, bên giao tiếp tục quản lý, gồm:");
		for (HandoverMinutes.HeldBackFile file : held) {
			doc.item(file.fileCode() + ((file.title() != null) ? " (" + file.title() + ")" : "")
					+ ((file.holdNote() != null) ? ": " + file.holdNote() : "") + ";");
		}
	}

	private static void party(OfficialDocument doc, String label, Party party) {
		doc.labelled(label, party.organisation());
		doc.item("Ông (bà): " + party.representative());
		doc.item("Chức vụ: " + party.position());
	}

}
