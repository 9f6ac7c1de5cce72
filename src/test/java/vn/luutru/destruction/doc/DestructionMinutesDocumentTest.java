package vn.luutru.destruction.doc;

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

import vn.luutru.destruction.doc.DestructionMinutes.Decision;
import vn.luutru.destruction.doc.DestructionMinutes.DestroyedFile;
import vn.luutru.destruction.doc.DestructionMinutes.ErasedDocument;
import vn.luutru.destruction.doc.DestructionMinutes.ExtendedFile;
import vn.luutru.destruction.doc.DestructionMinutes.HeldFile;
import vn.luutru.destruction.doc.DestructionMinutes.Participant;
import vn.luutru.forms.Letterhead;
import vn.luutru.forms.PlaceAndDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DestructionMinutesDocumentTest {

	static final String SHA_1 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

	static final String SHA_2 = "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae";

	static final Decision DECISION = new Decision("15/QĐ-SNV", LocalDate.of(2026, 3, 2), "Giám đốc Sở Nội vụ");

	static DestructionMinutes minutes(LocalDate destroyedOn, List<HeldFile> held) {
		return new DestructionMinutes(new Letterhead("UBND TỈNH SƠN LA", "SỞ NỘI VỤ"), "03/BB-HĐ",
				new PlaceAndDate("Sơn La", destroyedOn), LegalBases.ARCHIVES_LAW_2024, DECISION,
				"Biên bản họp Hội đồng xét hủy tài liệu lưu trữ ngày 20/02/2026", "Phòng Lưu trữ, Sở Nội vụ",
				new Participant("Nguyễn Văn Đức", "Phó Giám đốc Sở"),
				new Participant("Lò Thị Hương", "Chuyên viên lưu trữ"),
				new Participant("Cầm Thị Ngọc", "Chánh Văn phòng"), DestructionMinutes.ERASE_KEEP_METADATA, List.of(
						new DestroyedFile("000.06.16.G09.2012.03.VP",
								"Sổ đăng ký văn bản đến năm 2012 của Văn phòng Sở",
								List.of(new ErasedDocument("000.06.16.G09.2012.03.VP.1", SHA_1),
										new ErasedDocument("000.06.16.G09.2012.03.VP.2", SHA_2))),
						new DestroyedFile("000.06.16.G09.2014.21.KHTC",
								"Bản sao quyết định phân bổ dự toán ngân sách năm 2014",
								List.of(new ErasedDocument("000.06.16.G09.2014.21.KHTC.1", SHA_2)))),
				held,
				List.of(new ExtendedFile("000.06.16.G09.2013.15.TCCB", "Hồ sơ thi tuyển công chức năm 2013", 5, 2023)),
				DestructionMinutes.DEADLINE_DAYS);
	}

	static final List<HeldFile> HELD = List
		.of(new HeldFile("000.06.16.G09.2012.08.TTr", "Hồ sơ thanh tra việc tuyển dụng năm 2012",
				"Phong tỏa theo Công văn số 45/CV-CA ngày 25/02/2026 của Công an tỉnh"));

	@Test
	void statesBasisParticipantsAndMethod() throws IOException {
		assertThat(text(minutes(LocalDate.of(2026, 3, 10), HELD))).containsSubsequence(
				"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Sơn La, ngày 10 tháng 3 năm 2026",
				"BIÊN BẢN HỦY TÀI LIỆU HẾT GIÁ TRỊ", "Căn cứ Luật Lưu trữ số 33/2024/QH15",
				"Căn cứ Quyết định số 15/QĐ-SNV ngày 02 tháng 3 năm 2026 của Giám đốc Sở Nội vụ về việc hủy tài liệu hết giá trị;",
				"Căn cứ Biên bản họp Hội đồng xét hủy tài liệu lưu trữ ngày 20/02/2026;",
				"Hôm nay, ngày 10 tháng 3 năm 2026, tại Phòng Lưu trữ, Sở Nội vụ, chúng tôi gồm:",
				"1. Ông (bà) Nguyễn Văn Đức, Phó Giám đốc Sở - Chủ tịch Hội đồng;",
				"2. Ông (bà) Lò Thị Hương, Chuyên viên lưu trữ - Người làm lưu trữ;",
				"3. Ông (bà) Cầm Thị Ngọc, Chánh Văn phòng - Đại diện đơn vị có tài liệu;",
				"1. Phương thức hủy: xóa vĩnh viễn dữ liệu điện tử khỏi hệ thống lưu trữ; giữ lại siêu dữ liệu và mã kiểm tra.");
	}

	@Test
	void listsErasedFilesWithChecksumsHeldAndExtendedFiles() throws IOException {
		DestructionMinutes minutes = minutes(LocalDate.of(2026, 3, 10), HELD);
		assertThat(text(minutes)).containsSubsequence(
				"2. Tài liệu đã hủy: 2 (bằng chữ: hai) hồ sơ, gồm 3 (bằng chữ: ba) văn bản đã bị xóa",
				"3. Hồ sơ không hủy do đang bị phong tỏa theo yêu cầu pháp lý: 1 (bằng chữ: một) hồ sơ, gồm:",
				"- 000.06.16.G09.2012.08.TTr (Hồ sơ thanh tra việc tuyển dụng năm 2012): Phong tỏa theo Công văn số 45/CV-CA",
				"4. Hồ sơ được gia hạn thời hạn bảo quản: 1 (bằng chữ: một) hồ sơ, gồm:",
				"- 000.06.16.G09.2013.15.TCCB (Hồ sơ thi tuyển công chức năm 2013): gia hạn 5 năm, đến hết năm 2023;");
		try (XWPFDocument document = reopen(minutes)) {
			XWPFTable table = document.getTables().get(1);
			assertThat(table.getRow(0).getTableCells()).extracting(cell -> cell.getText())
				.containsExactly("STT", "Mã hồ sơ", "Tiêu đề hồ sơ", "Số văn bản đã xóa");
			assertThat(table.getRow(1).getTableCells()).extracting(cell -> cell.getText())
				.containsExactly("1", "000.06.16.G09.2012.03.VP", "Sổ đăng ký văn bản đến năm 2012 của Văn phòng Sở",
						"2");
			XWPFTable checksums = document.getTables().get(2);
			assertThat(checksums.getRows())
				.extracting(row -> row.getTableCells().stream().map(c -> c.getText()).toList())
				.containsExactly(List.of("STT", "Mã văn bản", "Mã kiểm tra SHA-256"),
						List.of("1", "000.06.16.G09.2012.03.VP.1", SHA_1),
						List.of("2", "000.06.16.G09.2012.03.VP.2", SHA_2),
						List.of("3", "000.06.16.G09.2014.21.KHTC.1", SHA_2));
		}
	}

	@Test
	void saysNoneWhenNoFileWasHeld() throws IOException {
		assertThat(text(minutes(LocalDate.of(2026, 3, 10), List.of())))
			.contains("3. Hồ sơ không hủy do đang bị phong tỏa theo yêu cầu pháp lý: không có.");
	}

	@Test
	void confirmsTheFifteenDayDeadlineWhenMet() throws IOException {
		assertThat(text(minutes(LocalDate.of(2026, 3, 17), HELD))).contains(
				"5. Thời gian hủy: hoàn thành ngày 17 tháng 3 năm 2026, trong thời hạn 15 ngày kể từ ngày ký Quyết định số 15/QĐ-SNV (02/03/2026).",
				"Biên bản được lập thành 02 bản");
	}

	@Test
	void statesALateDestructionAsLate() throws IOException {
		assertThat(text(minutes(LocalDate.of(2026, 3, 20), HELD))).contains(
				"5. Thời gian hủy: hoàn thành ngày 20 tháng 3 năm 2026, quá thời hạn 15 ngày kể từ ngày ký Quyết định số 15/QĐ-SNV (02/03/2026), chậm 3 ngày.");
	}

	@Test
	void refusesADestructionBeforeTheDecision() {
		assertThatIllegalArgumentException().isThrownBy(() -> minutes(LocalDate.of(2026, 3, 1), HELD));
	}

	@Test
	void endsWithThreeSignatures() throws IOException {
		try (XWPFDocument document = reopen(minutes(LocalDate.of(2026, 3, 10), HELD))) {
			List<XWPFTable> tables = document.getTables();
			XWPFTable signatures = tables.get(tables.size() - 1);
			assertThat(signatures.getRow(0).getTableCells()).extracting(cell -> cell.getParagraphs().get(0).getText())
				.containsExactly("CHỦ TỊCH HỘI ĐỒNG", "NGƯỜI LÀM LƯU TRỮ", "ĐẠI DIỆN ĐƠN VỊ CÓ TÀI LIỆU");
			assertThat(signatures.getRow(1).getCell(2).getText()).isEqualTo("Cầm Thị Ngọc");
		}
	}

	static String text(DestructionMinutes minutes) throws IOException {
		try (XWPFDocument document = reopen(minutes); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	static XWPFDocument reopen(DestructionMinutes minutes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DestructionMinutesDocument.write(minutes, out);
		return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
	}

}
