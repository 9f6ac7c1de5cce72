package vn.luutru.staff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.luutru.support.Api;
import vn.luutru.support.Api.Part;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luutru.common.ProblemAssert.refused;

/**
 * An agency's archive staff kept by its archivists, through the API and from Excel; read
 * by managers; hidden from other agencies. Run on H2 and on MariaDB.
 */
abstract class StaffScenarios extends ApiTestSupport {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Test
	void archivistKeepsHisAgencysStaffAndOthersOnlyRead() {
		JsonNode agency = createAgency("Sở Xây dựng tỉnh Sơn La", false);
		String code = agency.path("code").asText();
		long id = agency.path("id").asLong();
		Api archivist = createUser(code, "archivist");
		Api clerk = createUser(code, "clerk");
		Api manager = createUser(code, "manager");
		Api stranger = createUser(createAgency("Sở Tài chính tỉnh Sơn La", false).path("code").asText(), "archivist");

		Api.Response added = archivist.post("/api/v1/agencies/" + id + "/staff",
				Map.of("fullName", "Lường Thị Mai", "archiveRole", "Văn thư kiêm lưu trữ", "employment", "Kiêm nhiệm",
						"trainedOn", "2025-09-12", "trainingCourse", "Lớp tập huấn lưu trữ điện tử 2025"));
		assertThat(added.status()).as(added.toString()).isEqualTo(201);
		assertThat(added.json().path("archiveRole").asText()).isEqualTo("CLERK_ARCHIVIST");
		assertThat(added.json().path("employment").asText()).isEqualTo("PART_TIME");
		long member = added.json().path("id").asLong();

		assertThat(clerk.get("/api/v1/agencies/" + id + "/staff").json()).hasSize(1);
		assertThat(manager.get("/api/v1/agencies/" + id + "/staff").json().get(0).path("fullName").asText())
			.isEqualTo("Lường Thị Mai");
		assertThat(clerk
			.post("/api/v1/agencies/" + id + "/staff",
					Map.of("fullName", "X", "archiveRole", "CLERK", "employment", "FULL_TIME"))
			.status()).as("a clerk does not keep the list").isEqualTo(403);
		assertThat(manager.delete("/api/v1/staff/" + member).status()).as("managers only read").isEqualTo(403);
		assertThat(stranger.get("/api/v1/agencies/" + id + "/staff").status()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/staff/" + member).status()).isEqualTo(404);
		assertThat(stranger.delete("/api/v1/staff/" + member).status()).isEqualTo(404);

		Map<String, Object> change = new HashMap<>(
				Map.of("fullName", "Lường Thị Mai", "archiveRole", "ARCHIVIST", "employment", "FULL_TIME"));
		Api.Response updated = archivist.put("/api/v1/staff/" + member, change);
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.json().hasNonNull("trainedOn")).as("training cleared").isFalse();
		assertThat(archivist.delete("/api/v1/staff/" + member).status()).isEqualTo(204);
		assertThat(archivist.get("/api/v1/agencies/" + id + "/staff").json()).isEmpty();
	}

	@Test
	void badMemberIsRefusedFieldByFieldInBothLanguages() {
		JsonNode agency = createAgency("Sở Giao thông tỉnh Sơn La", false);
		Api archivist = createUser(agency.path("code").asText(), "archivist");
		String path = "/api/v1/agencies/" + agency.path("id").asLong() + "/staff";

		Api.Response r = archivist.post(path, Map.of("fullName", "  ", "archiveRole", "Thủ kho", "employment",
				"Bán thời gian", "trainedOn", LocalDate.now().plusDays(5).toString(), "trainingCourse", "Lớp A"));

		refused(r, 400, "fullName", "Bắt buộc", "");
		refused(r, 400, "archiveRole", "Văn thư kiêm lưu trữ", "CLERK_ARCHIVIST");
		refused(r, 400, "employment", "Kiêm nhiệm", "PART_TIME");
		refused(r, 400, "trainedOn", "đến hôm nay", "to today");
		assertThat(archivist.get(path).json()).isEmpty();
	}

	@Test
	void importReplacesTheListOrChangesNothing() throws IOException {
		JsonNode agency = createAgency("Sở Dân tộc và Tôn giáo tỉnh Sơn La", false);
		Api archivist = createUser(agency.path("code").asText(), "archivist");
		String path = "/api/v1/agencies/" + agency.path("id").asLong() + "/staff";
		archivist.post(path, Map.of("fullName", "Người cũ", "archiveRole", "ARCHIVIST", "employment", "FULL_TIME"));

		Api.Response ok = upload(archivist, path,
				sheet(new Object[] { "Cầm Văn Thắng", "Lưu trữ", "Chuyên trách", LocalDate.of(2025, 6, 3), "Khóa 1" },
						new Object[] { "Quàng Thị Én", "Văn thư", "Kiêm nhiệm", "14/11/2024", "Khóa 2" },
						new Object[] { "Tòng Văn Hải", "lãnh đạo  phụ trách", "kiêm nhiệm", null, null }));
		assertThat(ok.status()).as(ok.toString()).isEqualTo(200);
		assertThat(ok.json().path("imported").asInt()).isEqualTo(3);
		assertThat(ok.json().path("trained").asInt()).isEqualTo(2);
		JsonNode list = archivist.get(path).json();
		assertThat(list).extracting((m) -> m.path("fullName").asText())
			.containsExactly("Cầm Văn Thắng", "Quàng Thị Én", "Tòng Văn Hải");
		assertThat(list.get(1).path("trainedOn").asText()).isEqualTo("2024-11-14");

		Api.Response bad = upload(archivist, path,
				sheet(new Object[] { "Người mới", "Lưu trữ", "Chuyên trách", null, null },
						new Object[] { "Người sai", "Thủ kho", "Chuyên trách", null, null },
						new Object[] { "Người sai ngày", "Lưu trữ", "Chuyên trách", "31/02/2025", null }));
		refused(bad, 400, "rows[3].archiveRole", "Văn thư", "CLERK");
		refused(bad, 400, "rows[4].trainedOn", "31/02/2025", "cannot be read");
		assertThat(archivist.get(path).json()).as("nothing half-imported").hasSize(3);

		Object[][] many = new Object[StaffImport.MAX_ROWS + 1][];
		for (int i = 0; i < many.length; i++) {
			many[i] = new Object[] { "Cán bộ " + i, "Lưu trữ", "Chuyên trách", null, null };
		}
		refused(upload(archivist, path, sheet(many)), 400, "file", "quá 2.000 dòng", "more than 2,000 rows");
		refused(upload(archivist, path, "không phải excel".getBytes()), 400, "file", ".xlsx", ".xlsx");
	}

	private static Api.Response upload(Api user, String path, byte[] xlsx) {
		return user.multipart(path + "/import", Api.parts("file", Part.file("can-bo.xlsx", XLSX, xlsx)));
	}

	private static byte[] sheet(Object[]... rows) throws IOException {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet("Cán bộ");
			CellStyle date = wb.createCellStyle();
			date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
			Row header = sheet.createRow(0);
			for (int c = 0; c < StaffSheet.HEADER.size(); c++) {
				header.createCell(c).setCellValue(StaffSheet.HEADER.get(c));
			}
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					Object v = rows[r][c];
					if (v instanceof LocalDate d) {
						row.createCell(c).setCellValue(d);
						row.getCell(c).setCellStyle(date);
					}
					else if (v != null) {
						row.createCell(c).setCellValue(v.toString());
					}
				}
			}
			wb.write(out);
			return out.toByteArray();
		}
	}

}
