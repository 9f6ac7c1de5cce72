package vn.luutru.report;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.luutru.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/** The retention deadline report, on H2 and on MariaDB. */
abstract class DeadlineReportScenarios extends ReportApiSupport {

	final LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

	String home;

	String other;

	String homeName;

	String period;

	@BeforeEach
	void records() {
		this.homeName = "Sở Nội vụ tỉnh Sơn La " + newAgencyCode();
		this.home = createAgency(this.homeName, false).path("code").asText();
		this.other = createAgency("Sở Tài chính tỉnh Sơn La " + newAgencyCode(), false).path("code").asText();
		String h = this.home;
		file(h, h + ".2025.01", "Hồ sơ hội nghị tổng kết công tác năm 2025", "CLOSED", "DEPOSIT",
				this.today.minusDays(30), 3, 12);
		file(h, h + ".2025.02", "Kế hoạch, báo cáo công tác năm 2025 của Sở", "DEPOSITED", "TRANSFER",
				this.today.plusDays(200), 5, 40);
		file(h, h + ".2025.03", "Công văn trao đổi về công tác văn thư, lưu trữ", "DEPOSITED", "DESTRUCTION_REVIEW",
				this.today.plusDays(30), 2, 8);
		file(h, h + ".2025.04", "Hồ sơ đã hủy", "DESTROYED", "DESTRUCTION_REVIEW", this.today.minusDays(5), 1, 1);
		file(h, h + ".2025.05", "Hồ sơ đến hạn sau kỳ báo cáo", "CLOSED", "DEPOSIT", this.today.plusYears(3), 1, 1);
		file(this.other, this.other + ".2025.01", "Hồ sơ ngân sách năm 2025", "CLOSED", "DEPOSIT",
				this.today.minusDays(10), 1, 4);
		this.period = "from=" + this.today.minusYears(1) + "&to=" + this.today.plusYears(1);
	}

	@Test
	void listsTheAgencysFilesDueByActionWithOverdueFilledAndTotals() throws Exception {
		Api archivist = createUser(this.home, "archivist");
		Api.Response r = archivist.get("/api/v1/reports/retention-deadlines?" + this.period);
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		try (XSSFWorkbook workbook = open(r.body())) {
			XSSFSheet detail = workbook.getSheet("Chi tiết");
			assertThat(column(detail, 5)).containsExactly("Mã hồ sơ", this.home + ".2025.01", this.home + ".2025.02",
					this.home + ".2025.03");
			Row overdue = rowWith(detail, 5, this.home + ".2025.01");
			assertThat(overdue.getCell(2).getStringCellValue()).isEqualTo("Nộp lưu vào Lưu trữ cơ quan");
			assertThat(overdue.getCell(4).getNumericCellValue()).isEqualTo(30);
			assertThat(overdue.getCell(6).getStringCellValue()).isEqualTo("Hồ sơ hội nghị tổng kết công tác năm 2025");
			assertThat(overdue.getCell(7).getStringCellValue()).isEqualTo("10 năm");
			assertThat(((XSSFCellStyle) overdue.getCell(6).getCellStyle()).getFillForegroundColorColor()).isNotNull();
			Row onTime = rowWith(detail, 5, this.home + ".2025.02");
			assertThat(onTime.getCell(2).getStringCellValue()).isEqualTo("Nộp lưu vào Lưu trữ lịch sử");
			assertThat(((XSSFCellStyle) onTime.getCell(6).getCellStyle()).getFillForegroundColorColor()).isNull();
			assertThat(rowWith(detail, 5, this.home + ".2025.03").getCell(2).getStringCellValue())
				.isEqualTo("Xem xét hủy");
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			Row totals = rowWith(detail, 0, "Tổng cộng");
			assertThat(evaluator.evaluate(totals.getCell(9)).getNumberValue()).isEqualTo(10);
			assertThat(evaluator.evaluate(totals.getCell(10)).getNumberValue()).isEqualTo(60);

			XSSFSheet summary = workbook.getSheet("Tổng hợp");
			assertThat(column(summary, 0)).contains(this.homeName.toUpperCase(java.util.Locale.ROOT),
					"BÁO CÁO HỒ SƠ ĐẾN HẠN NỘP LƯU, XEM XÉT HỦY");
			assertThat(column(summary, 2).subList(0, 4)).containsExactly("Việc đến hạn", "Nộp lưu vào Lưu trữ cơ quan",
					"Nộp lưu vào Lưu trữ lịch sử", "Xem xét hủy");
			Row deposits = rowWith(summary, 2, "Nộp lưu vào Lưu trữ cơ quan");
			assertThat(deposits.getCell(3).getNumericCellValue()).isEqualTo(1);
			assertThat(deposits.getCell(4).getNumericCellValue()).isEqualTo(1);
			Row summaryTotals = rowWith(summary, 0, "Tổng cộng");
			assertThat(evaluator.evaluate(summaryTotals.getCell(3)).getNumberValue()).isEqualTo(3);
			assertThat(evaluator.evaluate(summaryTotals.getCell(4)).getNumberValue()).isEqualTo(1);
			assertThat(evaluator.evaluate(summaryTotals.getCell(6)).getNumberValue()).isEqualTo(60);
		}
	}

	@Test
	void printsSummaryAndDetailOnOneA4PageEach() throws Exception {
		Api archivist = createUser(this.home, "archivist");
		byte[] xlsx = archivist.get("/api/v1/reports/retention-deadlines?" + this.period).body();
		vn.luutru.support.PrintedPages.assumeLibreOffice();
		assertThat(vn.luutru.support.PrintedPages.count(xlsx, "bao-cao-den-han")).isEqualTo(2);
	}

	@Test
	void officerOfAnotherAgencyIsRefusedItsReport() {
		Api archivist = createUser(this.other, "archivist");
		Api.Response r = archivist.get("/api/v1/reports/retention-deadlines?" + this.period + "&agency=" + this.home);
		assertThat(r.status()).isEqualTo(404);
		assertThat(r.text()).doesNotContain("2025.01");
	}

	@Test
	void officerSeesOnlyHisOwnAgencyWithoutAsking() throws Exception {
		Api clerk = createUser(this.other, "clerk");
		try (XSSFWorkbook workbook = open(clerk.get("/api/v1/reports/retention-deadlines?" + this.period).body())) {
			assertThat(column(workbook.getSheet("Chi tiết"), 5)).containsExactly("Mã hồ sơ", this.other + ".2025.01");
		}
	}

	@Test
	void managerSeesEveryAgencyOrTheOneHeNames() throws Exception {
		Api manager = createUser(this.other, "manager");
		try (XSSFWorkbook workbook = open(manager.get("/api/v1/reports/retention-deadlines?" + this.period).body())) {
			assertThat(column(workbook.getSheet("Chi tiết"), 5)).contains(this.home + ".2025.01",
					this.home + ".2025.02", this.other + ".2025.01");
		}
		try (XSSFWorkbook workbook = open(
				manager.get("/api/v1/reports/retention-deadlines?" + this.period + "&agency=" + this.home).body())) {
			assertThat(column(workbook.getSheet("Chi tiết"), 5)).containsExactly("Mã hồ sơ", this.home + ".2025.01",
					this.home + ".2025.02", this.home + ".2025.03");
		}
	}

	@Test
	void badPeriodIsRefusedFieldByFieldInBothLanguages() {
		Api archivist = createUser(this.home, "archivist");
		Api.Response reversed = archivist.get("/api/v1/reports/retention-deadlines?from=2026-12-31&to=2026-01-01");
		assertThat(reversed.status()).isEqualTo(400);
		assertThat(reversed.errorFields()).containsExactly("to");
		assertThat(reversed.text()).contains("Ngày cuối kỳ (01/01/2026) phải bằng hoặc sau ngày đầu kỳ")
			.contains("must be on or after");
		Api.Response notADate = archivist.get("/api/v1/reports/retention-deadlines?from=2026-02-30&to=2026-03-01");
		assertThat(notADate.status()).isEqualTo(400);
		assertThat(notADate.errorFields()).containsExactly("from");
		assertThat(archivist.get("/api/v1/reports/retention-deadlines?to=2026-03-01").status()).isEqualTo(400);
	}

	@Test
	void downloadIsNamedForCurlAndBrowsers() throws Exception {
		String user = "bao-cao." + newAgencyCode().replace('.', '-');
		assertThat(this.admin
			.post("/api/v1/users",
					java.util.Map.of("userId", user, "firstName", "Lê", "lastName", "Hà", "password", PASSWORD,
							"agencyCode", this.home, "roles", java.util.List.of("archivist")))
			.status()).isEqualTo(201);
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port
					+ "/api/v1/reports/retention-deadlines?from=2026-01-01&to=2026-12-31"))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.build();
		HttpResponse<byte[]> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"bao-cao-den-han-2026-01-01-2026-12-31.xlsx\"; "
					+ "filename*=UTF-8''bao-cao-den-han-2026-01-01-2026-12-31.xlsx");
		assertThat(r.headers().firstValue("Content-Type")).get()
			.asString()
			.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

}
