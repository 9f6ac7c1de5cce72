package vn.luutru.schedule;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;

import vn.luutru.support.Api;
import vn.luutru.support.ApiTest;
import vn.luutru.support.PrintedPages;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class RetentionScheduleExcelApiTest extends ScheduleApiSupport {

	static final String EXPORT = "/api/v1/retention-schedule/export";

	static final String IMPORT = "/api/v1/retention-schedule/import";

	static final List<Object> HEADER = List.copyOf(RetentionScheduleWorkbook.HEADERS);

	@Test
	void exportsTheScheduleAsAWorkbookWithTitleHeadersAndRules() throws Exception {
		Api clerk = createUser(newAgency("Sở Tư pháp tỉnh Sơn La"), "clerk");
		Api.Response r = clerk.get(EXPORT);
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (Workbook workbook = open(r.body())) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("BẢNG THỜI HẠN BẢO QUẢN HỒ SƠ, TÀI LIỆU");
			assertThat(texts(sheet.getRow(1), 9)).containsExactly("Mã", "Nhóm", "Tên nhóm hồ sơ, tài liệu",
					"Mã thời hạn", "Thời hạn bảo quản", "Số năm", "Xử lý khi hết hạn", "Căn cứ pháp lý", "Đang dùng");
			Row second = sheet.getRow(3);
			assertThat(texts(second, 5)).containsExactly("2", "Tài liệu tổng hợp",
					"Kế hoạch, báo cáo công tác dài hạn, năm của cơ quan", "01", "Vĩnh viễn");
			assertThat(second.getCell(6).getStringCellValue()).isEqualTo("Nộp lưu lịch sử");
			Row personnel = rowOfCode(sheet, "18");
			assertThat(personnel.getCell(4).getStringCellValue()).isEqualTo("70 năm");
			assertThat(personnel.getCell(5).getNumericCellValue()).isEqualTo(70);
			assertThat(personnel.getCell(8).getStringCellValue()).isEqualTo("Có");
			assertThat(sheet.getLastRowNum() - 1).isEqualTo(this.admin.get(RULES).json().size());
		}
	}

	@Test
	void schedulePrintsOnA4LandscapeFittedToTheWidthWithItsHeaderOnEveryPage() throws Exception {
		byte[] xlsx = this.admin.get(EXPORT).body();
		try (Workbook workbook = open(xlsx)) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
			assertThat(sheet.getFooter().getLeft()).as("who printed it and when")
				.containsPattern("In bởi .*admin\\)? lúc \\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}");
			assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("2:2");
		}
		PrintedPages.assumeLibreOffice();
		java.nio.file.Path pdf = PrintedPages.pdf(xlsx, "bang-thoi-han");
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			PDFTextStripper page = new PDFTextStripper();
			for (int p = 1; p <= document.getNumberOfPages(); p++) {
				page.setStartPage(p);
				page.setEndPage(p);
				// every page carries the whole header: no column spills onto a page of
				// its own
				assertThat(page.getText(document)).as("page " + p)
					.contains("Tên nhóm hồ sơ, tài liệu")
					.contains("Căn cứ pháp lý");
			}
		}
	}

	@Test
	void importingTheExportChangesNothing() {
		JsonNode before = this.admin.get(RULES).json();
		Api.Response r = upload(this.admin, IMPORT, this.admin.get(EXPORT).body());
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		assertThat(r.json().path("created").asInt()).isZero();
		assertThat(r.json().path("updated").asInt()).isZero();
		assertThat(r.json().path("unchanged").asInt()).isEqualTo(before.size());
		assertThat(this.admin.get(RULES).json()).isEqualTo(before);
	}

	@Test
	void importCreatesNewRulesAndUpdatesExistingOnesByCode() {
		String existing = newRuleCode();
		created(this.admin.post(RULES, rule(existing, "06", 10, "DESTROY")));
		String fresh = newRuleCode();
		byte[] sheet = xlsx(List.of(cells("Bảng"), HEADER,
				cells(existing, "Tài liệu pháp chế", "Hồ sơ rà soát văn bản", "07", null, 15, "destroy", null, "Có"),
				cells(fresh, "Tài liệu pháp chế", "Hồ sơ ban hành văn bản", 1, null, null, "TRANSFER", "TT 10", null)));
		Api archivist = createUser(newAgency("Sở Tư pháp tỉnh Sơn La"), "archivist");
		Api.Response r = upload(archivist, IMPORT, sheet);
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		assertThat(r.json().path("created").asInt()).isEqualTo(1);
		assertThat(r.json().path("updated").asInt()).isEqualTo(1);
		JsonNode rules = archivist.get(RULES).json();
		JsonNode changed = RetentionScheduleApiTest.find(rules, existing);
		assertThat(changed.path("maintenanceCode").asText()).isEqualTo("07");
		assertThat(changed.path("retentionYears").asInt()).isEqualTo(15);
		assertThat(RetentionScheduleApiTest.find(rules, fresh).path("maintenanceCode").asText()).isEqualTo("01");
	}

	@Test
	void badImportListsEveryBadCellAndWritesNothing() {
		String fresh = newRuleCode();
		byte[] sheet = xlsx(List.of(cells("Bảng"), HEADER,
				cells(fresh, "Nhóm", "Hồ sơ tốt", "06", null, null, "DESTROY", null, "Có"),
				cells("2", "Nhóm", "Sửa mục 2", "01", null, null, "TRANSFER", null, "Có"),
				cells(null, "Nhóm", null, "09", null, null, "DESTROY", null, "Có"),
				cells(fresh, "Nhóm", "Trùng mã", "07", null, "mười", "DESTROY", null, "Có"),
				cells(newRuleCode(), "Nhóm", "Vĩnh viễn mà hủy", "01", null, null, "DESTROY", null, "Có")));
		JsonNode before = this.admin.get(RULES).json();
		Api.Response r = upload(this.admin, IMPORT, sheet);
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.errorFields()).containsExactlyInAnyOrder("rows[5].code", "rows[5].title",
				"rows[5].maintenanceCode", "rows[6].code", "rows[6].retentionYears", "rows[7].actionAtEnd");
		assertThat(this.admin.get(RULES).json()).isEqualTo(before);
	}

	@Test
	void refusesFilesThatAreNotTheScheduleLayout() {
		Api.Response notExcel = upload(this.admin, IMPORT, "Mã;Nhóm".getBytes());
		assertThat(notExcel.errorFields()).containsExactly("file");
		Api.Response wrongHeader = upload(this.admin, IMPORT, xlsx(List.of(cells("Bảng"), cells("Số", "Tên"))));
		assertThat(wrongHeader.errorFields()).containsExactly("file");
		assertThat(wrongHeader.json().path("errors").get(0).path("message").asText()).contains("Mã");
		Api.Response noRows = upload(this.admin, IMPORT, xlsx(List.of(cells("Bảng"), HEADER)));
		assertThat(noRows.errorFields()).containsExactly("file");
	}

	@Test
	void clerksCannotImportTheSchedule() {
		Api clerk = createUser(newAgency("UBND huyện Sông Mã"), "clerk");
		assertThat(upload(clerk, IMPORT, this.admin.get(EXPORT).body()).status()).isEqualTo(403);
	}

	static List<String> texts(Row row, int columns) {
		return java.util.stream.IntStream.range(0, columns).mapToObj((c) -> row.getCell(c).toString()).toList();
	}

	static Row rowOfCode(Sheet sheet, String code) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && row.getCell(0).toString().equals(code)) {
				return row;
			}
		}
		throw new AssertionError("no row " + code);
	}

}
