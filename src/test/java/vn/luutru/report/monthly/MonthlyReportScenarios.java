package vn.luutru.report.monthly;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.YearMonth;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.luutru.process.ProcessKeys;
import vn.luutru.support.Api;
import vn.luutru.support.ApiTestSupport;
import vn.luutru.support.Engine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monthly-report process as it runs in LuuTru: its timer fires, the KPI report of the
 * month before is kept and listed for the managers, a manager reviews and sends it in the
 * Tasklist, and it is recorded as sent, in the audit trail too. Run on H2 and on MariaDB.
 */
abstract class MonthlyReportScenarios extends ApiTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MonthlyReports reports;

	Engine engine;

	@BeforeEach
	void freshMonth() {
		this.engine = new Engine(this.admin);
		this.engine.runJobs();
		// The month reported on is the one before today's: start it afresh in a kept
		// database.
		this.jdbc.update("delete from lt_monthly_report where report_month = ?", this.reports.monthBefore().toString());
	}

	@Test
	void timerKeepsTheMonthsKpiReportAndAManagerSendsIt() throws IOException {
		YearMonth month = this.reports.monthBefore();
		String key = "bao-cao-thang-" + month;
		String code = createAgency("Văn phòng Ủy ban nhân dân tỉnh Sơn La", false).path("code").asText();
		Api manager = createUser(code, "manager");
		Api archivist = createUser(code, "archivist");
		String managerId = manager.get("/api/v1/users/me").json().path("userId").asText();

		JsonNode timer = this.admin
			.get("/engine-rest/job?processDefinitionKey=" + ProcessKeys.MONTHLY_REPORT + "&timers=true")
			.json();
		assertThat(timer).hasSize(1);
		assertThat(this.admin.post("/engine-rest/job/" + timer.get(0).path("id").asText() + "/execute", "").status())
			.isEqualTo(204);
		this.engine.runJobs(ProcessKeys.MONTHLY_REPORT);

		JsonNode task = this.engine.task(manager, key, "Task_ReviewAndSendReports");
		assertThat(task.path("name").asText())
			.isEqualTo("Xem và gửi báo cáo tháng " + String.format("%02d/%d", month.getMonthValue(), month.getYear()));
		JsonNode kept = monthsReport(manager, month, "KPI");
		JsonNode deadlines = monthsReport(manager, month, "DEADLINES");
		assertThat(kept.path("contentSha256").asText()).hasSize(64);
		assertThat(kept.hasNonNull("sentAt")).isFalse();

		Api.Response file = manager.get("/api/v1/reports/monthly/" + kept.path("id").asLong() + "/content");
		assertThat(file.status()).isEqualTo(200);
		assertThat(file.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
			assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Tổng hợp");
			assertThat(workbook.getNumberOfSheets()).as("summary and one sheet per indicator").isEqualTo(9);
			assertThat(workbook.getSheetAt(1).getFooter().getLeft()).as("who printed it, not who generated it")
				.containsPattern("In bởi .+ \\(u\\d+\\.manager\\) lúc \\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}");
		}
		assertThat(archivist.get("/api/v1/reports/monthly").status()).as("managers' reports").isEqualTo(403);
		assertThat(archivist.get("/api/v1/reports/monthly/" + kept.path("id").asLong() + "/content").status())
			.isEqualTo(403);

		Api.Response due = manager.get("/api/v1/reports/monthly/" + deadlines.path("id").asLong() + "/content");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(due.body()))) {
			assertThat(workbook.getSheetAt(0).getRow(2).getCell(0).toString() + workbook.getSheetAt(0).getRow(3))
				.isNotBlank();
			assertThat(workbook.getSheetName(1)).isEqualTo("Chi tiết");
		}

		assertThat(this.reports.generate(month)).as("a retried step keeps the reports it made").hasSize(2);
		assertThat(monthsReport(manager, month, "KPI").path("id").asLong()).isEqualTo(kept.path("id").asLong());

		this.engine.complete(manager, key, "Task_ReviewAndSendReports", "comment", "Đã gửi Sở Nội vụ");
		this.engine.runJobs(ProcessKeys.MONTHLY_REPORT);

		assertThat(this.engine.ended(key)).isTrue();
		for (String kind : new String[] { "KPI", "DEADLINES" }) {
			JsonNode sent = monthsReport(manager, month, kind);
			assertThat(sent.path("sentBy").asText()).isEqualTo(managerId);
			assertThat(sent.hasNonNull("sentAt")).isTrue();
		}
		JsonNode events = this.admin.get("/api/v1/audit?entityType=monthly_report&entityId=" + month).json();
		assertThat(events).anySatisfy((e) -> {
			assertThat(e.path("action").asText()).isEqualTo("MONTHLY_REPORT_SENT");
			assertThat(e.path("actor").asText()).isNotBlank();
		});
	}

	private static JsonNode monthsReport(Api manager, YearMonth month, String kind) {
		for (JsonNode r : manager.get("/api/v1/reports/monthly").json()) {
			if (r.path("reportMonth").asText().equals(month.toString()) && r.path("kind").asText().equals(kind)) {
				return r;
			}
		}
		throw new AssertionError("no " + kind + " report of " + month);
	}

}
