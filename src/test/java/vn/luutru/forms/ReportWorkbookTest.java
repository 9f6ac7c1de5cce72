package vn.luutru.forms;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.luutru.support.PrintedPages;

import static org.assertj.core.api.Assertions.assertThat;

class ReportWorkbookTest {

	static final ReportTitle TITLE = new ReportTitle(new Letterhead("UBND TỈNH SƠN LA", "SỞ NỘI VỤ"),
			"BÁO CÁO HỒ SƠ ĐẾN HẠN", "Từ ngày 01/01/2026 đến ngày 31/12/2026", LocalDateTime.of(2026, 3, 5, 8, 15),
			"luutru");

	static final List<ReportColumn> COLUMNS = List.of(ReportColumn.serial("STT"), ReportColumn.centred("Mã hồ sơ"),
			ReportColumn.text("Tiêu đề hồ sơ"), ReportColumn.date("Hạn"), ReportColumn.summed("Số văn bản"),
			ReportColumn.summed("Số trang"));

	static byte[] report(int rows) throws IOException {
		try (ReportWorkbook workbook = new ReportWorkbook()) {
			ReportSheet sheet = workbook.sheet("Hồ sơ đến hạn", TITLE, COLUMNS);
			for (int i = 1; i <= rows; i++) {
				String title = (i == 2) ? "Hồ sơ về việc tổ chức hội nghị tổng kết công tác văn thư, lưu trữ năm 2025 "
						+ "của Sở Nội vụ tỉnh Sơn La và các đơn vị trực thuộc" : "Hồ sơ số " + i;
				sheet.row((i == 3) ? RowHighlight.ALERT : RowHighlight.NONE, i, "2026.01.VP." + i, title,
						LocalDate.of(2026, 1, i % 28 + 1), i, i * 10);
			}
			sheet.totals("Tổng cộng");
			sheet.signatures(new PlaceAndDate("Sơn La", LocalDate.of(2026, 3, 5)),
					new Signatory("NGƯỜI LẬP", Signatory.SIGN, "Nguyễn Thị Hà"),
					new Signatory("THỦ TRƯỞNG CƠ QUAN", Signatory.SIGN_AND_SEAL, null));
			return workbook.toBytes();
		}
	}

	static XSSFWorkbook reopen(byte[] bytes) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

	static Row rowStartingWith(XSSFSheet sheet, String text) {
		for (Row row : sheet) {
			Cell first = row.getCell(0);
			if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(text)) {
				return row;
			}
		}
		throw new AssertionError("no row starts with " + text);
	}

	static List<String> texts(XSSFSheet sheet) {
		List<String> texts = new ArrayList<>();
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING) {
					texts.add(cell.getStringCellValue());
				}
			}
		}
		return texts;
	}

	@Test
	void titleBlockNamesAgencyReportPeriodAndWhoGeneratedIt() throws IOException {
		try (XSSFWorkbook workbook = reopen(report(3))) {
			XSSFSheet sheet = workbook.getSheet("Hồ sơ đến hạn");
			assertThat(texts(sheet)).containsSubsequence("UBND TỈNH SƠN LA", "SỞ NỘI VỤ", "BÁO CÁO HỒ SƠ ĐẾN HẠN",
					"Từ ngày 01/01/2026 đến ngày 31/12/2026",
					"Lập lúc 08:15 ngày 05 tháng 3 năm 2026, người lập: luutru", "STT", "Mã hồ sơ", "Tiêu đề hồ sơ");
		}
	}

	@Test
	void headerIsFrozenFilteredAndRepeatedOnEveryPage() throws IOException {
		try (XSSFWorkbook workbook = reopen(report(3))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			int header = rowStartingWith(sheet, "STT").getRowNum();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (header + 1));
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
				.isEqualTo("A" + (header + 1) + ":F" + (header + 4));
			assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo((header + 1) + ":" + (header + 1));
		}
	}

	@Test
	void totalsAreSumFormulasOverTheDataRows() throws IOException {
		try (XSSFWorkbook workbook = reopen(report(40))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			int header = rowStartingWith(sheet, "STT").getRowNum();
			Row totals = rowStartingWith(sheet, "Tổng cộng");
			Cell pages = totals.getCell(5);
			assertThat(pages.getCellFormula()).isEqualTo("SUM(F" + (header + 2) + ":F" + (header + 41) + ")");
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			assertThat(evaluator.evaluate(totals.getCell(4)).getNumberValue()).isEqualTo(820);
			assertThat(evaluator.evaluate(pages).getNumberValue()).isEqualTo(8200);
			// the cached result is there for viewers that do not recalculate
			assertThat(pages.getNumericCellValue()).isEqualTo(8200);
		}
	}

	@Test
	void printsOnA4InTimesNewRomanFittedToWidthWithPageNumbers() throws IOException {
		try (XSSFWorkbook workbook = reopen(report(3))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			PrintSetup print = sheet.getPrintSetup();
			assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(print.getFitWidth()).isEqualTo((short) 1);
			assertThat(print.getFitHeight()).isEqualTo((short) 0);
			assertThat(sheet.getFitToPage()).isTrue();
			assertThat(sheet.getFooter().getCenter()).contains("Trang &P/&N");
			for (int i = 0; i < workbook.getNumCellStyles(); i++) {
				XSSFCellStyle style = workbook.getCellStyleAt(i);
				assertThat(style.getFont().getFontName()).isEqualTo("Times New Roman");
			}
		}
	}

	@Test
	void columnsFitTheirContentUpToACapAndLongTextWraps() throws IOException {
		try (XSSFWorkbook workbook = reopen(report(3))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			int serial = sheet.getColumnWidth(0) / 256;
			int code = sheet.getColumnWidth(1) / 256;
			int title = sheet.getColumnWidth(2) / 256;
			assertThat(serial).isBetween(4, 6);
			assertThat(code).isBetween(11, 16);
			assertThat(title).isEqualTo(ColumnWidths.CAP);
			Row longTitle = rowStartingWith(sheet, "STT").getSheet()
				.getRow(rowStartingWith(sheet, "STT").getRowNum() + 2);
			assertThat(longTitle.getCell(2).getStringCellValue()).startsWith("Hồ sơ về việc tổ chức hội nghị");
			assertThat(longTitle.getHeightInPoints()).isGreaterThan(30f);
		}
	}

	@Test
	void vietnameseWidthCountsLettersNotCodeUnits() {
		String composed = "Hồ sơ lưu trữ";
		String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
		assertThat(decomposed.length()).isGreaterThan(composed.length());
		assertThat(ColumnWidths.measure(decomposed)).isEqualTo(ColumnWidths.measure(composed));
		assertThat(ColumnWidths.measure("HỒ SƠ")).isGreaterThan(ColumnWidths.measure("hồ sơ"));
	}

	@Test
	void overdueRowIsFilledAndOthersAreNot() throws IOException {
		try (XSSFWorkbook workbook = reopen(report(3))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			int header = rowStartingWith(sheet, "STT").getRowNum();
			XSSFCellStyle plain = (XSSFCellStyle) sheet.getRow(header + 1).getCell(2).getCellStyle();
			XSSFCellStyle overdue = (XSSFCellStyle) sheet.getRow(header + 3).getCell(2).getCellStyle();
			assertThat(plain.getFillForegroundColorColor()).isNull();
			assertThat(overdue.getFillForegroundColorColor().getARGBHex()).endsWith("F8CBAD");
		}
	}

	@Test
	void signatureBlockFollowsTheTotals() throws IOException {
		try (XSSFWorkbook workbook = reopen(report(3))) {
			List<String> texts = texts(workbook.getSheetAt(0));
			assertThat(texts).containsSubsequence("Tổng cộng", "Sơn La, ngày 05 tháng 3 năm 2026", "NGƯỜI LẬP",
					"THỦ TRƯỞNG CƠ QUAN", "(Ký, ghi rõ họ tên)", "(Ký tên, đóng dấu)", "Nguyễn Thị Hà");
		}
	}

	@Test
	void emptyReportSaysSoAndTotalsZero() throws IOException {
		try (XSSFWorkbook workbook = reopen(report(0))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(texts(sheet)).contains("Không có dữ liệu");
			Cell pages = rowStartingWith(sheet, "Tổng cộng").getCell(5);
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			assertThat(evaluator.evaluate(pages).getNumberValue()).isZero();
		}
	}

	@Test
	void narrowReportPrintsPortraitAndWideOneLandscape() throws IOException {
		try (ReportWorkbook narrow = new ReportWorkbook()) {
			ReportSheet sheet = narrow.sheet("Hẹp", TITLE,
					List.of(ReportColumn.serial("STT"), ReportColumn.text("Cơ quan"), ReportColumn.summed("Số hồ sơ")));
			sheet.row(1, "Sở Nội vụ", 12);
			try (XSSFWorkbook reopened = reopen(narrow.toBytes())) {
				assertThat(reopened.getSheetAt(0).getPrintSetup().getLandscape()).isFalse();
			}
		}
		try (ReportWorkbook wide = new ReportWorkbook()) {
			List<ReportColumn> columns = new ArrayList<>(COLUMNS);
			columns.add(ReportColumn.text("Ghi chú"));
			ReportSheet sheet = wide.sheet("Rộng", TITLE, columns);
			sheet.row(1, "2026.01.VP.1", "Hồ sơ số 1", LocalDate.of(2026, 1, 2), 1, 10,
					"Hồ sơ có văn bản mật, chỉ được đọc khi có phê duyệt của thủ trưởng cơ quan");
			try (XSSFWorkbook reopened = reopen(wide.toBytes())) {
				assertThat(reopened.getSheetAt(0).getPrintSetup().getLandscape()).isTrue();
			}
		}
	}

	@Test
	void fiftyRowsPrintOnTwoA4Pages() throws Exception {
		PrintedPages.assumeLibreOffice();
		assertThat(PrintedPages.count(report(50), "report-workbook-50")).isEqualTo(2);
	}

}
