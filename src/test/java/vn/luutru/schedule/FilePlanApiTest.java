package vn.luutru.schedule;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.luutru.support.Api;
import vn.luutru.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class FilePlanApiTest extends ScheduleApiSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void clerkPlansFilesForOwnAgencyAndReadsThemGroupedByHeading() {
		String agency = newAgency("Sở Nội vụ tỉnh Sơn La");
		Api clerk = createUser(agency, "clerk");
		created(clerk.post(ITEMS, item("02.TCCB", "Tổ chức cán bộ", "Hồ sơ tuyển dụng công chức năm 2025", "19")));
		created(clerk.post(ITEMS, item("01.TH", "Tổng hợp", "Kế hoạch, báo cáo công tác năm 2025", "2")));
		JsonNode first = created(clerk.post(ITEMS, item("01.TCCB", "Tổ chức cán bộ", "Hồ sơ quy hoạch cán bộ", "15")));
		assertThat(first.path("agencyCode").asText()).isEqualTo(agency);
		assertThat(first.path("retention").asText()).isEqualTo("10 năm");

		JsonNode plan = clerk.get("/api/v1/file-plans?year=2025").json();
		assertThat(plan.path("agencyName").asText()).isEqualTo("Sở Nội vụ tỉnh Sơn La");
		assertThat(plan.path("items").findValuesAsText("fileNotation")).containsExactly("01.TCCB", "02.TCCB", "01.TH");
		assertThat(plan.path("total").asInt()).isEqualTo(3);
		assertThat(plan.path("permanent").asInt()).isEqualTo(1);
		assertThat(plan.path("fixedTerm").asInt()).isEqualTo(2);
		assertThat(clerk.get("/api/v1/file-plans?year=2024").json().path("items").size()).isZero();
	}

	@Test
	void archivistChangesAndRemovesPlannedFile() {
		String agency = newAgency("Sở Công Thương tỉnh Sơn La");
		Api archivist = createUser(agency, "archivist");
		long id = created(archivist.post(ITEMS, item("01.VP", "Văn phòng", "Sổ đăng ký văn bản đến", "53"))).path("id")
			.asLong();
		Map<String, Object> change = item("01.VP", "Văn phòng", "Tập lưu văn bản đi năm 2025", "52");
		change.put("notes", "Bản điện tử");
		Api.Response updated = archivist.put(ITEMS + "/" + id, change);
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.json().path("retention").asText()).isEqualTo("Vĩnh viễn");
		assertThat(updated.json().path("notes").asText()).isEqualTo("Bản điện tử");

		assertThat(archivist.delete(ITEMS + "/" + id).status()).isEqualTo(204);
		assertThat(archivist.get(ITEMS + "/" + id).status()).isEqualTo(404);
		JsonNode events = this.admin.get("/api/v1/audit?entityType=file_plan_item&entityId=" + id).json();
		assertThat(events.findValuesAsText("action")).contains("PLAN_ITEM_CREATED", "PLAN_ITEM_UPDATED",
				"PLAN_ITEM_DELETED");
	}

	@Test
	void reportsEveryBadFieldOfAPlannedFile() {
		Api clerk = createUser(newAgency("Sở Giao thông Vận tải tỉnh Sơn La"), "clerk");
		Map<String, Object> body = item("1-TCCB", null, "x".repeat(1001), "không-có");
		body.put("planYear", 1800);
		body.put("notes", "n".repeat(501));
		Api.Response r = clerk.post(ITEMS, body);
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.errorFields()).containsExactlyInAnyOrder("planYear", "fileNotation", "heading", "title",
				"retentionRuleCode", "notes");
	}

	@Test
	void acceptsOnlyUpperCaseNotationWithSerial() {
		Api clerk = createUser(newAgency("Sở Tài nguyên và Môi trường"), "clerk");
		assertThat(clerk.post(ITEMS, item("01.tccb", "Tổ chức", "Hồ sơ a", "15")).errorFields())
			.containsExactly("fileNotation");
		assertThat(clerk.post(ITEMS, item("12345.TC", "Tổ chức", "Hồ sơ b", "15")).errorFields())
			.containsExactly("fileNotation");
		assertThat(clerk.post(ITEMS, item("03.ĐTBD", "Đào tạo", "Hồ sơ đào tạo", "21")).status()).isEqualTo(201);
	}

	@Test
	void rejectsDuplicateNotationInTheSameYearOnly() {
		Api clerk = createUser(newAgency("Sở Văn hóa, Thể thao và Du lịch"), "clerk");
		created(clerk.post(ITEMS, item("01.TH", "Tổng hợp", "Báo cáo năm", "2")));
		Api.Response again = clerk.post(ITEMS, item("01.TH", "Tổng hợp", "Báo cáo năm khác", "2"));
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.errorFields()).containsExactly("fileNotation");
		Map<String, Object> nextYear = item("01.TH", "Tổng hợp", "Báo cáo năm", "2");
		nextYear.put("planYear", 2026);
		assertThat(clerk.post(ITEMS, nextYear).status()).isEqualTo(201);
	}

	@Test
	void refusesNewFilesUnderADeactivatedRule() {
		String code = newRuleCode();
		long ruleId = created(this.admin.post(RULES, rule(code, "06", 10, "DESTROY"))).path("id").asLong();
		this.admin.post(RULES + "/" + ruleId + "/deactivate", "");
		Api clerk = createUser(newAgency("Sở Ngoại vụ tỉnh Sơn La"), "clerk");
		Api.Response r = clerk.post(ITEMS, item("01.HTQT", "Hợp tác quốc tế", "Hồ sơ đoàn ra", code));
		assertThat(r.errorFields()).containsExactly("retentionRuleCode");
	}

	@Test
	void keepsAPlannedFileThatARecordFileWasOpenedFrom() {
		String agency = newAgency("Sở Kế hoạch và Đầu tư tỉnh Sơn La");
		Api archivist = createUser(agency, "archivist");
		JsonNode item = created(archivist.post(ITEMS, item("01.KH", "Kế hoạch", "Kế hoạch năm 2025", "2")));
		openRecordFileFrom(item.path("id").asLong(), agency + ".2025.01.KH");
		Api.Response r = archivist.delete(ITEMS + "/" + item.path("id").asLong());
		assertThat(r.status()).isEqualTo(409);
		assertThat(r.json().path("detail").asText()).contains("01.KH");
		assertThat(archivist.get(ITEMS + "/" + item.path("id").asLong()).status()).isEqualTo(200);
	}

	/**
	 * The record-file feature's table, written directly: this test only needs the link.
	 */
	private void openRecordFileFrom(long planItemId, String fileCode) {
		this.jdbc.update("""
				insert into lt_record_file (agency_id, custody_agency_id, file_code, file_year, file_notation, title,
				  plan_item_id, maintenance_code, access_mode, language, status, schema_version, opened_by, opened_at)
				select agency_id, agency_id, ?, plan_year, file_notation, title, id, '01', '01', '01', 'OPEN',
				  'TT05-2025', 'test', current_timestamp
				  from lt_file_plan_item where id = ?""", fileCode, planItemId);
	}

}
