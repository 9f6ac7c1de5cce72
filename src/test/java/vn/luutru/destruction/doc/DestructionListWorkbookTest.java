package vn.luutru.destruction.doc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.luutru.forms.Letterhead;
import vn.luutru.forms.PlaceAndDate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luutru.transfer.doc.SheetText.all;
import static vn.luutru.transfer.doc.SheetText.cells;
import static vn.luutru.transfer.doc.SheetText.rowStartingWith;

class DestructionListWorkbookTest {

	static final List<DestructionListEntry> FILES = List.of(new DestructionListEntry("000.06.16.G09.2012.03.VP",
			"03.VP", "Sổ đăng ký văn bản đến năm 2012 của Văn phòng Sở", LocalDate.of(2012, 1, 3),
			LocalDate.of(2012, 12, 31), "10 năm", DestructionReason.EXPIRED, 0, 212, CouncilOpinion.destroy(), null),
			new DestructionListEntry("000.06.16.G09.2013.15.TCCB", "15.TCCB",
					"Hồ sơ thi tuyển công chức năm 2013 (bài thi không trúng tuyển)", LocalDate.of(2013, 6, 10),
					LocalDate.of(2013, 9, 25), "5 năm", DestructionReason.EXPIRED, 40, 80, CouncilOpinion.extend(5),
					"Đang giải quyết khiếu nại liên quan"),
			new DestructionListEntry("000.06.16.G09.2014.21.KHTC", "21.KHTC",
					"Bản sao quyết định phân bổ dự toán ngân sách năm 2014", LocalDate.of(2014, 2, 14),
					LocalDate.of(2014, 2, 14), "Vĩnh viễn", DestructionReason.DUPLICATE, 3, 6, null,
					"Bản chính lưu tại hồ sơ 02.KHTC"));

	static DestructionList list() {
		return new DestructionList(new Letterhead("UBND TỈNH SƠN LA", "SỞ NỘI VỤ"), "Sở Nội vụ tỉnh Sơn La", "H53.08",
				new PlaceAndDate("Sơn La", LocalDate.of(2026, 2, 9)), "Lò Thị Hương", "Nguyễn Văn Đức", FILES);
	}

	@Test
	void printsTitleFondsAndColumns() throws IOException {
		try (XSSFWorkbook workbook = reopen(list())) {
			XSSFSheet sheet = workbook.getSheet("Danh mục hết giá trị");
			assertThat(all(sheet)).containsSubsequence("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ NỘI VỤ",
					"DANH MỤC TÀI LIỆU HẾT GIÁ TRỊ", "Phông: Sở Nội vụ tỉnh Sơn La", "Phông số: H53.08");
			assertThat(cells(rowStartingWith(sheet, "STT").orElseThrow(), 11)).containsExactly("STT", "Mã hồ sơ",
					"Số và ký hiệu hồ sơ", "Tiêu đề hồ sơ", "Thời gian", "Thời hạn bảo quản", "Lý do hủy", "Số tờ",
					"Số trang", "Ý kiến của Hội đồng", "Ghi chú");
		}
	}

	@Test
	void listsReasonAndCouncilOpinionForEachFile() throws IOException {
		try (XSSFWorkbook workbook = reopen(list())) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			int first = rowStartingWith(sheet, "STT").orElseThrow().getRowNum() + 2;
			assertThat(cells(sheet.getRow(first), 11)).containsExactly("1", "000.06.16.G09.2012.03.VP", "03.VP",
					"Sổ đăng ký văn bản đến năm 2012 của Văn phòng Sở", "03/01/2012 - 31/12/2012", "10 năm",
					"Hết thời hạn bảo quản", "0", "212", "Hủy", "");
			assertThat(cells(sheet.getRow(first + 1), 11)).containsExactly("2", "000.06.16.G09.2013.15.TCCB", "15.TCCB",
					"Hồ sơ thi tuyển công chức năm 2013 (bài thi không trúng tuyển)", "10/06/2013 - 25/09/2013",
					"5 năm", "Hết thời hạn bảo quản", "40", "80", "Gia hạn 5 năm",
					"Đang giải quyết khiếu nại liên quan");
			assertThat(cells(sheet.getRow(first + 2), 11)).containsExactly("3", "000.06.16.G09.2014.21.KHTC", "21.KHTC",
					"Bản sao quyết định phân bổ dự toán ngân sách năm 2014", "14/02/2014", "Vĩnh viễn", "Trùng lặp",
					"3", "6", "", "Bản chính lưu tại hồ sơ 02.KHTC");
		}
	}

	@Test
	void totalsFilesProposedAndExtended() throws IOException {
		try (XSSFWorkbook workbook = reopen(list())) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			Row totals = rowStartingWith(sheet, "Tổng cộng").orElseThrow();
			assertThat(totals.getCell(7).getNumericCellValue()).isEqualTo(43);
			assertThat(totals.getCell(8).getNumericCellValue()).isEqualTo(298);
			assertThat(all(sheet)).contains("Tổng số: 3 hồ sơ (bằng chữ: ba hồ sơ).",
					"Trong đó: 2 hồ sơ đề nghị hủy; 1 hồ sơ gia hạn thời hạn bảo quản.");
		}
	}

	@Test
	void endsWithPlaceDateAndSignatures() throws IOException {
		try (XSSFWorkbook workbook = reopen(list())) {
			assertThat(all(workbook.getSheetAt(0))).containsSubsequence("Sơn La, ngày 09 tháng 02 năm 2026",
					"NGƯỜI LẬP", "CHỦ TỊCH HỘI ĐỒNG", "Lò Thị Hương", "Nguyễn Văn Đức");
		}
	}

	static XSSFWorkbook reopen(DestructionList list) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DestructionListWorkbook.write(list, out);
		return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
	}

}
