package vn.luutru.transfer.doc;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luutru.transfer.doc.SheetText.all;
import static vn.luutru.transfer.doc.SheetText.cells;
import static vn.luutru.transfer.doc.SheetText.rowStartingWith;

class TransferListWorkbookTest {

	@Test
	void printsHeaderBlockTitleAndDecree30Columns() throws IOException {
		try (XSSFWorkbook workbook = reopen(TransferListSamples.list(TransferListSamples.FILES))) {
			XSSFSheet sheet = workbook.getSheet("Mục lục hồ sơ");
			assertThat(all(sheet)).containsSubsequence("UBND TỈNH SƠN LA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
					"SỞ NỘI VỤ", "Độc lập - Tự do - Hạnh phúc", "MỤC LỤC HỒ SƠ, TÀI LIỆU NỘP LƯU",
					"Phông: Sở Nội vụ tỉnh Sơn La", "Phông số: H53.08 - Mã lô giao nộp: TL-2026-001",
					"Nộp lưu vào: Trung tâm Lưu trữ lịch sử tỉnh Sơn La", "Năm 2026");
			Row header = rowStartingWith(sheet, "STT").orElseThrow();
			assertThat(cells(header, 10)).containsExactly("STT", "Mã hồ sơ", "Số và ký hiệu hồ sơ", "Tiêu đề hồ sơ",
					"Thời gian bắt đầu", "Thời gian kết thúc", "Thời hạn bảo quản", "Số tờ", "Số trang", "Ghi chú");
			assertThat(cells(sheet.getRow(header.getRowNum() + 1), 3)).containsExactly("(1)", "(2)", "(3)");
		}
	}

	@Test
	void listsEachFileWithDatesAndNotes() throws IOException {
		try (XSSFWorkbook workbook = reopen(TransferListSamples.list(TransferListSamples.FILES))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			int first = rowStartingWith(sheet, "STT").orElseThrow().getRowNum() + 2;
			assertThat(cells(sheet.getRow(first), 10)).containsExactly("1", "000.06.16.G09.2015.01.TH", "01.TH",
					"Kế hoạch, báo cáo tổng kết công tác năm 2015 của Sở Nội vụ", "05/01/2015", "28/12/2015",
					"Vĩnh viễn", "45", "90", "");
			assertThat(cells(sheet.getRow(first + 1), 10)).containsExactly("2", "000.06.16.G09.2018.07.TCCB", "07.TCCB",
					"Hồ sơ về việc thành lập Trung tâm Lưu trữ lịch sử tỉnh Sơn La", "02/03/2018", "14/09/2018",
					"Vĩnh viễn", "0", "37", "Tài liệu số hóa từ bản giấy");
			assertThat(cells(sheet.getRow(first + 2), 4)).containsExactly("3", "000.06.16.G09.2020.12.TĐKT", "12.TĐKT",
					"Hồ sơ khen thưởng tổ chức, cá nhân có thành tích xuất sắc trong phòng, chống dịch Covid-19");
			assertThat(sheet.getRow(first).getCell(4).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(TransferListSamples.FILES.get(0).startDate());
		}
	}

	@Test
	void totalsSheetsAndPagesAndCountsFilesInWords() throws IOException {
		try (XSSFWorkbook workbook = reopen(TransferListSamples.list(TransferListSamples.FILES))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			Row totals = rowStartingWith(sheet, "Tổng cộng").orElseThrow();
			assertThat(totals.getCell(7).getNumericCellValue()).isEqualTo(57);
			assertThat(totals.getCell(8).getNumericCellValue()).isEqualTo(151);
			assertThat(all(sheet)).contains("Mục lục này gồm: 3 hồ sơ (đơn vị bảo quản).",
					"Viết bằng chữ: ba hồ sơ (đơn vị bảo quản).", "Tổng số tờ: 57; tổng số trang: 151.");
		}
		try (XSSFWorkbook workbook = reopen(TransferListSamples.list(TransferListSamples.generated(12)))) {
			assertThat(all(workbook.getSheetAt(0))).contains("Mục lục này gồm: 12 hồ sơ (đơn vị bảo quản).",
					"Viết bằng chữ: mười hai hồ sơ (đơn vị bảo quản).");
		}
	}

	@Test
	void endsWithPlaceDateAndSignatureBlocks() throws IOException {
		try (XSSFWorkbook workbook = reopen(TransferListSamples.list(TransferListSamples.FILES))) {
			List<String> texts = all(workbook.getSheetAt(0));
			assertThat(texts).containsSubsequence("Sơn La, ngày 05 tháng 3 năm 2026", "NGƯỜI LẬP", "THỦ TRƯỞNG CƠ QUAN",
					"(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)", "Lò Thị Hương", "Nguyễn Văn Đức");
		}
	}

	@Test
	void printsOnA4LandscapeFittedToWidthWithRepeatedHeader() throws IOException {
		try (XSSFWorkbook workbook = reopen(TransferListSamples.list(TransferListSamples.FILES))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			PrintSetup print = sheet.getPrintSetup();
			assertThat(print.getLandscape()).isTrue();
			assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(sheet.getFitToPage()).isTrue();
			assertThat(print.getFitWidth()).isEqualTo((short) 1);
			assertThat(print.getFitHeight()).isZero();
			int header = rowStartingWith(sheet, "STT").orElseThrow().getRowNum();
			assertThat(sheet.getRepeatingRows().getFirstRow()).isEqualTo(header);
			assertThat(sheet.getRepeatingRows().getLastRow()).isEqualTo(header + 1);
		}
	}

	@Test
	void streamsTwentyThousandFiles() throws IOException {
		try (XSSFWorkbook workbook = reopen(TransferListSamples.list(TransferListSamples.generated(20_000)))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			Row totals = rowStartingWith(sheet, "Tổng cộng").orElseThrow();
			Row last = sheet.getRow(totals.getRowNum() - 1);
			assertThat(cells(last, 4)).containsExactly("20000", "000.06.16.G09.2016.20000.VP", "20000.VP",
					"Hồ sơ công việc số 20000");
			assertThat(totals.getCell(8).getNumericCellValue()).isEqualTo(60_000);
			assertThat(all(sheet)).contains("Mục lục này gồm: 20.000 hồ sơ (đơn vị bảo quản).",
					"Viết bằng chữ: hai mươi nghìn hồ sơ (đơn vị bảo quản).");
		}
	}

	static XSSFWorkbook reopen(TransferList list) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		TransferListWorkbook.write(list, out);
		return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
	}

}
