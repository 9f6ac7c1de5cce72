package vn.luutru.report;

import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.luutru.support.Api;
import vn.luutru.support.PrintedPages;

import static org.assertj.core.api.Assertions.assertThat;

/** Mục lục hồ sơ, mục lục văn bản and the annual statistics, on H2 and on MariaDB. */
abstract class CatalogueReportScenarios extends ReportApiSupport {

	String home;

	String other;

	@BeforeEach
	void records() {
		this.home = createAgency("Sở Nội vụ tỉnh Sơn La " + newAgencyCode(), false).path("code").asText();
		this.other = createAgency("Sở Tài chính tỉnh Sơn La " + newAgencyCode(), false).path("code").asText();
		LocalDate due = LocalDate.of(2027, 1, 1);
		file(this.home, this.home + ".2025.01", "Hồ sơ hội nghị tổng kết công tác năm 2025", "DEPOSITED", "TRANSFER",
				due, 2, 7);
		file(this.home, this.home + ".2025.02", "Kế hoạch, báo cáo công tác năm 2025", "CLOSED", "DEPOSIT", due, 1, 2);
		file(this.other, this.other + ".2025.01", "Hồ sơ ngân sách năm 2025", "DEPOSITED", "TRANSFER", due, 1, 4);
		document(this.home + ".2025.01", 1, "12", "SNV-VP", LocalDate.of(2025, 3, 2), "22",
				"V/v tổ chức hội nghị tổng kết", 2, 5);
		document(this.home + ".2025.01", 2, "15", "BC-SNV", LocalDate.of(2025, 3, 20), "14",
				"Tổng kết công tác năm 2025", 1, 2);
		document(this.home + ".2025.02", 1, "3", "KH-SNV", LocalDate.of(2025, 1, 5), "10", "Công tác năm 2025", 1, 2);
		document(this.other + ".2025.01", 1, "1", "STC", LocalDate.of(2025, 2, 1), "22", "V/v ngân sách", 1, 4);
	}

	@Test
	void fileListOfAYearListsTheAgencysFilesWithTotalsInFiguresAndWords() throws Exception {
		Api archivist = createUser(this.home, "archivist");
		Api.Response r = archivist.get("/api/v1/reports/file-list?year=2025");
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		try (XSSFWorkbook workbook = open(r.body())) {
			XSSFSheet sheet = workbook.getSheet("Mục lục hồ sơ");
			assertThat(column(sheet, 0)).contains("MỤC LỤC HỒ SƠ", "Hồ sơ năm 2025", "STT", "(1)", "Tổng cộng",
					"Mục lục này gồm 2 (hai) hồ sơ.");
			assertThat(column(sheet, 1)).containsExactly("Mã hồ sơ", "(2)", this.home + ".2025.01",
					this.home + ".2025.02");
			Row first = rowWith(sheet, 1, this.home + ".2025.01");
			assertThat(first.getCell(3).getStringCellValue()).isEqualTo("Hồ sơ hội nghị tổng kết công tác năm 2025");
			assertThat(first.getCell(6).getStringCellValue()).isEqualTo("10 năm");
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			Row totals = rowWith(sheet, 0, "Tổng cộng");
			assertThat(evaluator.evaluate(totals.getCell(7)).getNumberValue()).isEqualTo(3);
			assertThat(evaluator.evaluate(totals.getCell(8)).getNumberValue()).isEqualTo(9);
		}
	}

	@Test
	void documentListGoesFileByFileWithRunningSheetNumbers() throws Exception {
		Api archivist = createUser(this.home, "archivist");
		Api.Response r = archivist.get("/api/v1/reports/document-list?year=2025");
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		try (XSSFWorkbook workbook = open(r.body())) {
			XSSFSheet sheet = workbook.getSheet("Mục lục văn bản");
			List<String> first = column(sheet, 0);
			assertThat(first).containsSubsequence(
					"Hồ sơ " + this.home + ".2025.01: Hồ sơ hội nghị tổng kết công tác năm 2025",
					"Hồ sơ " + this.home + ".2025.02: Kế hoạch, báo cáo công tác năm 2025", "Tổng cộng",
					"Mục lục này gồm 3 (ba) văn bản.");
			Row letter = rowWith(sheet, 1, "12/SNV-VP");
			assertThat(letter.getCell(3).getStringCellValue()).isEqualTo("Công văn V/v tổ chức hội nghị tổng kết");
			assertThat(letter.getCell(5).getStringCellValue()).isEqualTo("1-2");
			assertThat(rowWith(sheet, 1, "15/BC-SNV").getCell(5).getStringCellValue()).isEqualTo("3");
			assertThat(rowWith(sheet, 1, "3/KH-SNV").getCell(5).getStringCellValue()).isEqualTo("1");
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			assertThat(evaluator.evaluate(rowWith(sheet, 0, "Tổng cộng").getCell(6)).getNumberValue()).isEqualTo(9);
		}
	}

	@Test
	void archiveListHoldsOnlyDepositedFilesAndBatchListItsFiles() throws Exception {
		Api archivist = createUser(this.home, "archivist");
		try (XSSFWorkbook workbook = open(archivist.get("/api/v1/reports/file-list?archive=true").body())) {
			assertThat(column(workbook.getSheetAt(0), 1)).containsExactly("Mã hồ sơ", "(2)", this.home + ".2025.01");
		}
		long batch = batch(this.home, "LO-" + this.home, this.home + ".2025.02");
		try (XSSFWorkbook workbook = open(archivist.get("/api/v1/reports/file-list?batch=" + batch).body())) {
			assertThat(column(workbook.getSheetAt(0), 1)).containsExactly("Mã hồ sơ", "(2)", this.home + ".2025.02");
		}
		Api stranger = createUser(this.other, "archivist");
		assertThat(stranger.get("/api/v1/reports/file-list?batch=" + batch).status()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/reports/document-list?batch=" + batch).status()).isEqualTo(404);
	}

	@Test
	void officerOfAnotherAgencyIsRefusedAndManagerSeesIt() throws Exception {
		Api stranger = createUser(this.other, "clerk");
		assertThat(stranger.get("/api/v1/reports/file-list?year=2025&agency=" + this.home).status()).isEqualTo(404);
		try (XSSFWorkbook workbook = open(stranger.get("/api/v1/reports/file-list?year=2025").body())) {
			assertThat(column(workbook.getSheetAt(0), 1)).containsExactly("Mã hồ sơ", "(2)", this.other + ".2025.01");
		}
		Api manager = createUser(this.other, "manager");
		try (XSSFWorkbook workbook = open(
				manager.get("/api/v1/reports/document-list?year=2025&agency=" + this.home).body())) {
			assertThat(column(workbook.getSheetAt(0), 1)).contains("12/SNV-VP", "15/BC-SNV", "3/KH-SNV")
				.doesNotContain("1/STC");
		}
	}

	@Test
	void scopeMustBeExactlyOne() {
		Api archivist = createUser(this.home, "archivist");
		Api.Response none = archivist.get("/api/v1/reports/file-list");
		assertThat(none.status()).isEqualTo(400);
		assertThat(none.errorFields()).containsExactly("year");
		assertThat(none.text()).contains("Chọn đúng một phạm vi").contains("Choose exactly one scope");
		assertThat(archivist.get("/api/v1/reports/file-list?year=2025&archive=true").status()).isEqualTo(400);
		assertThat(archivist.get("/api/v1/reports/file-list?year=20250").errorFields()).containsExactly("year");
		assertThat(archivist.get("/api/v1/reports/file-list?batch=abc").errorFields()).containsExactly("batch");
	}

	@Test
	void fileListPrintsOnOnePortraitOrLandscapeA4PageWithItsSignatures() throws Exception {
		Api archivist = createUser(this.home, "archivist");
		byte[] xlsx = archivist.get("/api/v1/reports/file-list?year=2025").body();
		PrintedPages.assumeLibreOffice();
		assertThat(PrintedPages.count(xlsx, "muc-luc-ho-so")).isEqualTo(1);
	}

	@Test
	void annualStatisticsCountTheAgencysFilesByRetentionAndState() throws Exception {
		Api archivist = createUser(this.home, "archivist");
		Api.Response r = archivist.get("/api/v1/reports/annual-statistics?year=2025");
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		try (XSSFWorkbook workbook = open(r.body())) {
			XSSFSheet sheet = workbook.getSheet("Thống kê 2025");
			Row header = rowWith(sheet, 0, "STT");
			List<String> headers = new java.util.ArrayList<>();
			header.forEach((c) -> headers.add(c.getStringCellValue()));
			assertThat(headers).startsWith("STT", "Cơ quan", "Tổng số hồ sơ", "Số văn bản", "Số trang",
					"Dung lượng lưu trữ (MB)", "Hồ sơ bảo quản vĩnh viễn", "Hồ sơ bảo quản có thời hạn");
			Row agency = sheet.getRow(header.getRowNum() + 1);
			assertThat(agency.getCell(1).getStringCellValue()).startsWith("Sở Nội vụ tỉnh Sơn La");
			assertThat(agency.getCell(2).getNumericCellValue()).isEqualTo(2);
			assertThat(agency.getCell(3).getNumericCellValue()).isEqualTo(3);
			assertThat(agency.getCell(4).getNumericCellValue()).isEqualTo(9);
			assertThat(agency.getCell(6).getNumericCellValue()).isZero();
			assertThat(agency.getCell(7).getNumericCellValue()).isEqualTo(2);
			assertThat(agency.getCell(headers.indexOf("Đã kết thúc")).getNumericCellValue()).isEqualTo(1);
			assertThat(agency.getCell(headers.indexOf("Trong Lưu trữ cơ quan")).getNumericCellValue()).isEqualTo(1);
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			assertThat(evaluator.evaluate(rowWith(sheet, 0, "Tổng cộng").getCell(2)).getNumberValue()).isEqualTo(2);
			assertThat(column(sheet, 0)).anyMatch((t) -> t.contains("Biểu mẫu TT18/2025-?"));
		}
		assertThat(archivist.get("/api/v1/reports/annual-statistics").errorFields()).containsExactly("year");
		PrintedPages.assumeLibreOffice();
		assertThat(PrintedPages.count(r.body(), "thong-ke-luu-tru")).isEqualTo(1);
		Api stranger = createUser(this.other, "archivist");
		assertThat(stranger.get("/api/v1/reports/annual-statistics?year=2025&agency=" + this.home).status())
			.isEqualTo(404);
		Api manager = createUser(this.other, "manager");
		try (XSSFWorkbook workbook = open(manager.get("/api/v1/reports/annual-statistics?year=2025").body())) {
			assertThat(column(workbook.getSheetAt(0), 1)).anyMatch((t) -> t.startsWith("Sở Nội vụ tỉnh Sơn La"))
				.anyMatch((t) -> t.startsWith("Sở Tài chính tỉnh Sơn La"));
		}
	}

}
