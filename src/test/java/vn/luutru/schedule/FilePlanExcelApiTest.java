package vn.luutru.schedule;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
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
import static vn.luutru.schedule.RetentionScheduleExcelApiTest.texts;

@ApiTest
class FilePlanExcelApiTest extends ScheduleApiSupport {

	static final List<Object> HEADER = List.copyOf(FilePlanImportSheet.HEADERS);

	@Test
	void exportsThePlanInTheDecree30LayoutWithTotals() throws Exception {
		String agency = newAgency("Sở Nội vụ tỉnh Sơn La");
		Api clerk = createUser(agency, "clerk");
		created(clerk.post(ITEMS, item("01.TH", "Tổng hợp", "Kế hoạch, báo cáo công tác năm 2025", "2")));
		created(clerk.post(ITEMS, item("02.TH", "Tổng hợp", "Công văn trao đổi chung", "7")));
		created(clerk.post(ITEMS, item("03.TCCB", "Tổ chức cán bộ", "Hồ sơ tuyển dụng công chức", "19")));

		Api.Response r = clerk.get("/api/v1/file-plans/export?year=2025");
		assertThat(r.status()).isEqualTo(200);
		try (Workbook workbook = open(r.body())) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("SỞ NỘI VỤ TỈNH SƠN LA");
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue())
				.isEqualTo("DANH MỤC HỒ SƠ CỦA SỞ NỘI VỤ TỈNH SƠN LA");
			assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Năm 2025");
			assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).startsWith("(Ban hành kèm theo Quyết định số");
			assertThat(texts(sheet.getRow(7), 5)).containsExactly("Số và ký hiệu hồ sơ", "Tên đề mục và tiêu đề hồ sơ",
					"Thời hạn bảo quản", "Đơn vị/người lập hồ sơ", "Ghi chú");
			assertThat(sheet.getRow(9).getCell(1).getStringCellValue()).isEqualTo("I. Tổng hợp");
			assertThat(texts(sheet.getRow(10), 4)).containsExactly("01.TH", "Kế hoạch, báo cáo công tác năm 2025",
					"Vĩnh viễn", "Phòng Tổ chức - Hành chính");
			assertThat(texts(sheet.getRow(11), 3)).containsExactly("02.TH", "Công văn trao đổi chung", "10 năm");
			assertThat(sheet.getRow(12).getCell(1).getStringCellValue()).isEqualTo("II. Tổ chức cán bộ");
			assertThat(texts(sheet.getRow(13), 3)).containsExactly("03.TCCB", "Hồ sơ tuyển dụng công chức", "20 năm");
			assertThat(sheet.getRow(15).getCell(0).getStringCellValue())
				.isEqualTo("Tổng số: 3 hồ sơ, trong đó: 1 hồ sơ vĩnh viễn, 2 hồ sơ có thời hạn");
		}
	}

	@Test
	void planPrintsAsAnnexVWithItsAgencyHeaderOnOneLandscapePage() throws Exception {
		String agency = newAgency("Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn La");
		Api clerk = createUser(agency, "clerk");
		for (int i = 1; i <= 8; i++) {
			created(clerk.post(ITEMS, item(String.format("%02d.VP", i), (i <= 5) ? "Tổng hợp" : "Văn phòng",
					"Hồ sơ về việc tổ chức các hoạt động văn hóa, thể thao và du lịch chào mừng ngày lễ lớn số " + i,
					"2")));
		}
		byte[] xlsx = clerk.get("/api/v1/file-plans/export?year=2025").body();
		try (Workbook workbook = open(xlsx)) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
			assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("8:9");
			assertThat(sheet.getFooter().getCenter()).contains("Trang &P/&N");
			assertThat(sheet.getFooter().getLeft()).as("who printed it and when")
				.containsPattern("In bởi .+ \\(u\\d+\\.clerk\\) lúc \\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}");
		}
		PrintedPages.assumeLibreOffice();
		java.nio.file.Path pdf = PrintedPages.pdf(xlsx, "danh-muc-ho-so");
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(document.getNumberOfPages()).isEqualTo(1);
			PDFTextStripper firstPage = new PDFTextStripper();
			firstPage.setEndPage(1);
			assertThat(firstPage.getText(document)).contains("DANH MỤC HỒ SƠ CỦA SỞ VĂN HÓA")
				.contains("Ghi chú")
				.contains("Tổng số: 8 hồ sơ");
		}
	}

	@Test
	void importsAPlanAndUpdatesItemsByNotation() {
		String agency = newAgency("Sở Tài chính tỉnh Sơn La");
		Api archivist = createUser(agency, "archivist");
		created(archivist.post(ITEMS, item("01.TCKT", "Tài chính", "Tên cũ", "27")));
		byte[] sheet = xlsx(List.of(HEADER,
				cells("01.TCKT", "Tài chính, kế toán", "Báo cáo quyết toán năm 2025", "27", "Phòng Kế toán", null),
				cells("02.TCKT", "Tài chính, kế toán", "Sổ kế toán tổng hợp năm 2025", "29", "Phòng Kế toán",
						"Sổ điện tử"),
				cells("01.VP", "Văn phòng", "Lịch công tác năm 2025", "56", null, null)));
		Api.Response r = upload(archivist, "/api/v1/file-plans/import?year=2025", sheet);
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		assertThat(r.json().path("created").asInt()).isEqualTo(2);
		assertThat(r.json().path("updated").asInt()).isEqualTo(1);
		JsonNode plan = archivist.get("/api/v1/file-plans?year=2025").json();
		assertThat(plan.path("items").findValuesAsText("title")).containsExactly("Báo cáo quyết toán năm 2025",
				"Sổ kế toán tổng hợp năm 2025", "Lịch công tác năm 2025");
		assertThat(plan.path("permanent").asInt()).isEqualTo(1);
		assertThat(upload(archivist, "/api/v1/file-plans/import?year=2025", sheet).json().path("unchanged").asInt())
			.isEqualTo(3);
	}

	@Test
	void badPlanImportListsEveryBadCellAndWritesNothing() {
		String agency = newAgency("Sở Y tế tỉnh Sơn La");
		Api clerk = createUser(agency, "clerk");
		byte[] sheet = xlsx(List.of(HEADER, cells("01.YT", "Y tế", "Hồ sơ tốt", "2", null, null),
				cells("01.yt", null, "Hồ sơ xấu", "999", null, null),
				cells("01.YT", "Y tế", "Trùng số", "2", "x".repeat(101), null)));
		Api.Response r = upload(clerk, "/api/v1/file-plans/import?year=2025", sheet);
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.errorFields()).containsExactlyInAnyOrder("rows[3].fileNotation", "rows[3].heading",
				"rows[3].retentionRuleCode", "rows[4].fileNotation", "rows[4].creator");
		assertThat(clerk.get("/api/v1/file-plans?year=2025").json().path("total").asInt()).isZero();
	}

	@Test
	void importNeedsAYearAndRightsOverTheAgency() {
		String agency = newAgency("UBND huyện Phù Yên");
		byte[] sheet = xlsx(List.of(HEADER, cells("01.TH", "Tổng hợp", "Báo cáo năm", "2", null, null)));
		Api clerk = createUser(agency, "clerk");
		assertThat(upload(clerk, "/api/v1/file-plans/import", sheet).errorFields()).containsExactly("year");
		Api other = createUser(newAgency("UBND huyện Quỳnh Nhai"), "clerk");
		assertThat(upload(other, "/api/v1/file-plans/import?year=2025&agencyCode=" + agency, sheet).status())
			.isEqualTo(403);
	}

	@Test
	void templateCarriesTheImportHeaders() throws Exception {
		Api.Response r = this.admin.get("/api/v1/file-plans/import-template");
		try (Workbook workbook = open(r.body())) {
			assertThat(texts(workbook.getSheetAt(0).getRow(0), 6))
				.containsExactlyElementsOf(FilePlanImportSheet.HEADERS);
		}
	}

}
