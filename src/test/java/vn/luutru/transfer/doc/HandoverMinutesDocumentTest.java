package vn.luutru.transfer.doc;

import vn.luutru.forms.PlaceAndDate;
import vn.luutru.forms.LegalBases;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HandoverMinutesDocumentTest {

	static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

	static HandoverMinutes minutes() {
		return minutes(List.of());
	}

	static HandoverMinutes minutes(List<HandoverMinutes.HeldBackFile> heldBack) {
		TransferList list = TransferListSamples.list(TransferListSamples.generated(12));
		return new HandoverMinutes(TransferListSamples.LETTERHEAD, "05/BB-SNV",
				new PlaceAndDate("Sơn La", LocalDate.of(2026, 3, 20)), LegalBases.ARCHIVES_LAW_2024,
				"Mục lục hồ sơ, tài liệu nộp lưu lô TL-2026-001 đã được Giám đốc Sở Nội vụ phê duyệt ngày 10/3/2026",
				"Thông báo số 12/TB-LTLS ngày 18/3/2026 của Trung tâm Lưu trữ lịch sử về việc tiếp nhận tài liệu",
				new Party("Sở Nội vụ tỉnh Sơn La", "Lò Thị Hương", "Chuyên viên phụ trách lưu trữ"),
				new Party("Trung tâm Lưu trữ lịch sử tỉnh Sơn La", "Hoàng Văn Thắng", "Giám đốc"),
				"Sở Nội vụ tỉnh Sơn La", 2015, list.endYear(), 12, 1_234, 13_107_200, "SIP-TL-2026-001", SHA,
				HandoverMinutes.INTACT, "muc-luc-TL-2026-001.xlsx", heldBack);
	}

	@Test
	void statesMottoTitleBasisAndParties() throws IOException {
		String text = text(minutes());
		assertThat(text).contains("UBND TỈNH SƠN LA", "SỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
				"Độc lập - Tự do - Hạnh phúc", "Số: 05/BB-SNV", "Sơn La, ngày 20 tháng 3 năm 2026",
				"BIÊN BẢN GIAO NHẬN TÀI LIỆU");
		assertThat(text).containsSubsequence("Căn cứ Luật Lưu trữ số 33/2024/QH15 ngày 21 tháng 6 năm 2024;",
				"Căn cứ Mục lục hồ sơ, tài liệu nộp lưu lô TL-2026-001 đã được Giám đốc Sở Nội vụ phê duyệt",
				"Căn cứ Thông báo số 12/TB-LTLS",
				"Hôm nay, ngày 20 tháng 3 năm 2026, tại Trung tâm Lưu trữ lịch sử tỉnh Sơn La",
				"BÊN GIAO: Sở Nội vụ tỉnh Sơn La", "Ông (bà): Lò Thị Hương", "Chức vụ: Chuyên viên phụ trách lưu trữ",
				"BÊN NHẬN: Trung tâm Lưu trữ lịch sử tỉnh Sơn La", "Ông (bà): Hoàng Văn Thắng", "Chức vụ: Giám đốc");
	}

	@Test
	void describesTheElectronicRecordsAndThePackage() throws IOException {
		assertThat(text(minutes())).containsSubsequence("1. Tên khối tài liệu giao nộp: Phông Sở Nội vụ tỉnh Sơn La.",
				"2. Thời gian của tài liệu: 2015 - 2016.", "Tổng số hồ sơ: 12 (bằng chữ: mười hai) hồ sơ;",
				"Tổng số tệp tin trong hồ sơ: 1.234 (bằng chữ: một nghìn hai trăm ba mươi bốn) tệp;",
				"Dung lượng: 12,50 MB;", "Gói tin: SIP-TL-2026-001;", "Mã kiểm tra SHA-256 của gói tin: " + SHA + ".",
				"4. Tình trạng tài liệu giao nộp: Tài liệu điện tử toàn vẹn, mã kiểm tra SHA-256 khớp.",
				"5. Mục lục hồ sơ, tài liệu nộp lưu kèm theo: muc-luc-TL-2026-001.xlsx.",
				"Biên bản được lập thành 02 bản, mỗi bên giữ 01 bản./.");
	}

	@Test
	void namesTheFilesOfThePackageKeptBackByAHold() throws IOException {
		String text = text(minutes(List.of(new HandoverMinutes.HeldBackFile("H53.12.2015.03", "Báo cáo tổng kết",
				"Bị phong tỏa (legal hold) sau khi đóng gói, không chuyển giao"))));
		assertThat(text).containsSubsequence("5. Mục lục hồ sơ, tài liệu nộp lưu kèm theo: muc-luc-TL-2026-001.xlsx.",
				"6. Hồ sơ có trong gói tin nhưng không giao nộp do bị phong tỏa theo yêu cầu pháp lý: "
						+ "1 (bằng chữ: một) hồ sơ, bên giao tiếp tục quản lý, gồm:",
				"H53.12.2015.03 (Báo cáo tổng kết): Bị phong tỏa (legal hold) sau khi đóng gói, không chuyển giao;",
				"Biên bản được lập thành 02 bản");
	}

	@Test
	void saysNothingOfHeldFilesWhenEveryFileWasHandedOver() throws IOException {
		assertThat(text(minutes())).doesNotContain("6. ", "phong tỏa");
	}

	@Test
	void endsWithBothSidesSignatures() throws IOException {
		try (XWPFDocument document = reopen(minutes())) {
			List<XWPFTable> tables = document.getTables();
			XWPFTable signatures = tables.get(tables.size() - 1);
			assertThat(signatures.getRow(0).getCell(0).getText()).startsWith("ĐẠI DIỆN BÊN GIAO")
				.contains("(Ký, ghi rõ họ tên)");
			assertThat(signatures.getRow(0).getCell(1).getText()).startsWith("ĐẠI DIỆN BÊN NHẬN");
			assertThat(signatures.getRow(1).getTableCells()).extracting(cell -> cell.getText())
				.containsExactly("Lò Thị Hương", "Hoàng Văn Thắng");
		}
	}

	@Test
	void usesTimesNewRomanFourteenOnA4() throws IOException {
		try (XWPFDocument document = reopen(minutes())) {
			assertThat(document.getStyles().getDefaultRunStyle().getFontSizeAsDouble()).isEqualTo(14.0);
			assertThat(document.getStyles()
				.getCtStyles()
				.getDocDefaults()
				.getRPrDefault()
				.getRPr()
				.getRFontsArray(0)
				.getAscii()).isEqualTo("Times New Roman");
			assertThat(document.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");
		}
	}

	@Test
	void writesSizesInBinaryMegabytesWithDecimalComma() {
		assertThat(HandoverMinutesDocument.megabytes(13_107_200)).isEqualTo("12,50");
		assertThat(HandoverMinutesDocument.megabytes(1_610_874_880L)).isEqualTo("1.536,25");
		assertThat(HandoverMinutesDocument.megabytes(0)).isEqualTo("0,00");
	}

	static String text(HandoverMinutes minutes) throws IOException {
		try (XWPFDocument document = reopen(minutes); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	static XWPFDocument reopen(HandoverMinutes minutes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		HandoverMinutesDocument.write(minutes, out);
		return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
	}

}
