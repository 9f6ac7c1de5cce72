package vn.luutru.dashboard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.luutru.support.Api;
import vn.luutru.support.ApiTestSupport;
import vn.luutru.support.Engine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What managers and officers read on the dashboard, its lists and the home page, through
 * HTTP as their browsers and scripts do. Run on H2 and on MariaDB.
 */
abstract class DashboardScenarios extends ApiTestSupport {

	Engine engine;

	@BeforeEach
	void runLeftoverJobs() {
		this.engine = new Engine(this.admin);
		this.engine.runJobs();
	}

	AgencyFiles agency(String name) {
		JsonNode agency = createAgency(name, false);
		String code = agency.path("code").asText();
		return new AgencyFiles(code, agency.path("id").asLong(), createUser(code, "clerk"),
				createUser(code, "archivist"), this.engine);
	}

	@Test
	void managerReadsAnAgencysFiguresAndTheListsBehindThem() throws IOException {
		AgencyFiles a = agency("Sở Nội vụ tỉnh Sơn La").withFiles();
		Api manager = createUser(a.code, "manager");

		JsonNode d = manager.get("/api/v1/dashboard?agencyId=" + a.id).json();

		assertThat(d.path("scope").path("agencyCode").asText()).isEqualTo(a.code);
		assertThat(states(d)).containsExactlyInAnyOrder("CLOSED=1", "DEPOSITED=1");
		assertThat(due(d)).containsExactly(a.code + " DEPOSIT overdue=0 30=1 90=1 365=1",
				a.code + " DESTRUCTION_REVIEW overdue=1 30=0 90=0 365=0");
		assertThat(overdue(d)).containsExactly("DEPOSIT=0", "TRANSFER=0", "DESTRUCTION_REVIEW=1");
		String dueMonth = YearMonth.from(AgencyFiles.today().plusDays(10)).toString();
		assertThat(forecast(d)).containsExactly(dueMonth + " DEPOSIT=1");
		assertThat(d.path("kpis")).as("the plan's eight indicators").hasSize(8);
		assertThat(d.path("kpis").get(0).path("agencyCode").asText()).isEqualTo(a.code);
		assertThat(d.path("kpisPerAgency")).as("one agency chosen").isEmpty();

		String late = manager.get("/dashboard/files?agencyId=" + a.id + "&action=DESTRUCTION_REVIEW&window=OVERDUE")
			.text();
		assertThat(late).contains(a.overdueFile.path("fileCode").asText(), "Tổng số: 1 hồ sơ")
			.doesNotContain(a.closedFile.path("fileCode").asText());

		Api.Response xlsx = manager.get("/dashboard/files.xlsx?agencyId=" + a.id + "&action=DEPOSIT&window=D30");
		assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			Sheet sheet = book.getSheetAt(0);
			Row header = headerRow(sheet);
			assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Mã hồ sơ");
			Row file = sheet.getRow(header.getRowNum() + 1);
			assertThat(file.getCell(1).getStringCellValue()).isEqualTo(a.closedFile.path("fileCode").asText());
			assertThat(file.getCell(2).getStringCellValue()).isEqualTo(AgencyFiles.HOSTILE_TITLE);
			assertThat(file.getCell(7).getStringCellValue()).isEqualTo("Nộp lưu vào Lưu trữ cơ quan");
			assertThat(sheet.getLastRowNum()).as("one file").isEqualTo(header.getRowNum() + 1);
			assertThat(texts(sheet)).contains("SỞ NỘI VỤ TỈNH SƠN LA", "DANH SÁCH HỒ SƠ",
					"Cơ quan " + a.code + " · Nộp lưu vào Lưu trữ cơ quan · đến hạn trong 30 ngày");
		}
	}

	/** The table's header row of a list workbook (below its title block). */
	static Row headerRow(Sheet sheet) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && "STT".equals(row.getCell(0).toString())) {
				return row;
			}
		}
		throw new AssertionError("no header row");
	}

	static List<String> texts(Sheet sheet) {
		List<String> texts = new ArrayList<>();
		sheet.forEach((row) -> row.forEach((cell) -> texts.add(cell.toString())));
		return texts;
	}

	@Test
	void provinceFiguresAddUpEveryAgencyAndTheDashboardPageShowsTheSame() {
		AgencyFiles a = agency("Sở Tài chính tỉnh Sơn La").withFiles();
		AgencyFiles b = agency("Sở Y tế tỉnh Sơn La").withFiles();
		Api manager = createUser(a.code, "manager");

		JsonNode d = manager.get("/api/v1/dashboard").json();

		assertThat(d.path("scope").path("agencyId").isMissingNode()).as("the whole province").isTrue();
		assertThat(d.path("kpis").get(0).path("agencyId").isMissingNode()).as("the province's indicators").isTrue();
		List<String> kpiAgencies = new ArrayList<>();
		d.path("kpisPerAgency").forEach((k) -> kpiAgencies.add(k.path("agencyCode").asText()));
		assertThat(kpiAgencies).contains(a.code, b.code);
		assertThat(due(d)).contains(a.code + " DEPOSIT overdue=0 30=1 90=1 365=1",
				b.code + " DESTRUCTION_REVIEW overdue=1 30=0 90=0 365=0");
		long deposited = 0;
		for (JsonNode s : d.path("filesPerState")) {
			if (s.path("status").asText().equals("DEPOSITED")) {
				deposited = s.path("files").asLong();
			}
		}
		String page = manager.get("/dashboard").text();
		assertThat(page).contains("data-figure=\"state.DEPOSITED\">" + deposited + "</a>",
				"data-figure=\"due." + b.id + ".DESTRUCTION_REVIEW.overdue\">1</a>");
	}

	@Test
	void officersSeeOnlyTheirOwnAgencyAndAreRefusedAnother() {
		AgencyFiles a = agency("Sở Xây dựng tỉnh Sơn La").withFiles();
		AgencyFiles b = agency("Sở Công Thương tỉnh Sơn La");

		JsonNode own = b.clerk.get("/api/v1/dashboard").json();
		assertThat(own.path("scope").path("agencyId").asLong()).isEqualTo(b.id);
		assertThat(own.path("filesPerState")).isEmpty();
		assertThat(own.path("due")).isEmpty();

		Api.Response other = b.clerk.get("/api/v1/dashboard?agencyId=" + a.id);
		assertThat(other.status()).isEqualTo(403);
		assertThat(other.json().path("detail").asText()).isEqualTo("Bạn không có quyền thực hiện thao tác này");
		assertThat(b.clerk.get("/dashboard/files?agencyId=" + a.id + "&status=CLOSED").status()).isEqualTo(403);
		assertThat(b.clerk.get("/dashboard/files.xlsx?agencyId=" + a.id).status()).isEqualTo(403);

		String list = b.clerk.get("/dashboard/files?status=CLOSED").text();
		assertThat(list).contains("Tổng số: 0 hồ sơ").doesNotContain(a.closedFile.path("fileCode").asText());
		assertThat(a.clerk.get("/api/v1/dashboard?agencyId=" + a.id).status()).as("own agency named").isEqualTo(200);
	}

	@Test
	void textUsersTypedIsShownEscaped() {
		AgencyFiles a = agency("Sở Tư pháp tỉnh Sơn La").withFiles();

		String list = a.clerk.get("/dashboard/files?status=CLOSED").text();
		String home = a.archivist.get("/home").text();

		for (String page : List.of(list, home)) {
			assertThat(page).contains("Hồ sơ &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; hội nghị")
				.doesNotContain("<script>alert");
		}
	}

	@Test
	void badFiltersAreRefusedInBothLanguages() {
		AgencyFiles a = agency("Sở Nông nghiệp tỉnh Sơn La");

		Api.Response year = a.clerk.get("/api/v1/dashboard?year=99999");
		assertThat(year.status()).isEqualTo(400);
		assertThat(year.errorFields()).containsExactly("year");
		assertThat(year.text()).contains("năm phải từ 1900 đến 2200", "the year must be between 1900 and 2200");
		assertThat(a.clerk.get("/api/v1/dashboard?year=hai-nghin").status()).isEqualTo(400);
		assertThat(a.clerk.get("/dashboard/files?window=SOON").status()).isEqualTo(400);
		assertThat(a.clerk.get("/dashboard/files?month=2026-13").status()).isEqualTo(400);
	}

	@Test
	void homePageListsMyTasksOldestFirstAndMyAgencysDueFiles() {
		AgencyFiles a = agency("Sở Khoa học và Công nghệ tỉnh Sơn La").withFiles();
		JsonNode first = a.closedFile;
		JsonNode second = a.closed("03.VP", "Hồ sơ thi đua khen thưởng",
				AgencyFiles.today().minusYears(1).plusDays(40));
		String firstTask = this.engine.task(a.archivist, first.path("fileCode").asText(), "Task_AppraiseFile")
			.path("id")
			.asText();
		String secondTask = this.engine.task(a.archivist, second.path("fileCode").asText(), "Task_AppraiseFile")
			.path("id")
			.asText();
		AgencyFiles stranger = agency("Sở Văn hóa tỉnh Sơn La");

		String home = a.archivist.get("/home").text();

		assertThat(home).contains("<strong class=\"figure\" id=\"task-count\">2</strong>");
		int one = home.indexOf("/camunda/app/tasklist/default/#/?task=" + firstTask);
		int two = home.indexOf("/camunda/app/tasklist/default/#/?task=" + secondTask);
		assertThat(one).as("oldest first").isPositive().isLessThan(two);
		assertThat(home).contains(first.path("fileCode").asText(), second.path("fileCode").asText(),
				a.overdueFile.path("fileCode").asText());
		java.time.LocalDate today = AgencyFiles.today();
		String kpi = "/api/v1/reports/kpi?year=" + today.getYear();
		String deadlines = "/api/v1/reports/retention-deadlines?from=" + today + "&amp;to=" + today.plusYears(1);
		assertThat(home).contains("href=\"" + kpi + "\"", "href=\"" + deadlines + "\"");
		assertThat(a.archivist.get(kpi).status()).as("the report linked downloads").isEqualTo(200);
		assertThat(a.archivist.get(deadlines.replace("&amp;", "&")).status()).isEqualTo(200);
		String strangers = stranger.archivist.get("/home").text();
		assertThat(strangers).contains("Không có việc nào đang chờ bạn.")
			.doesNotContain(firstTask)
			.doesNotContain(first.path("fileCode").asText());
		assertThat(a.clerk.get("/home").text()).as("the clerk is offered no appraisal")
			.contains("Không có việc nào đang chờ bạn.");
	}

	@Test
	void approvalsWaitingShowWhoHoldsThemWithinWhatTheUserSees() {
		AgencyFiles a = agency("Sở Giao thông vận tải tỉnh Sơn La").withFiles();
		AgencyFiles b = agency("Sở Ngoại vụ tỉnh Sơn La");
		Api.Response sweep = a.archivist.post("/api/v1/retention/sweeps", Map.of());
		assertThat(sweep.status()).as(sweep.toString()).isEqualTo(202);
		this.engine.runJobs();
		Api manager = createUser(b.code, "manager");

		JsonNode ofA = manager.get("/api/v1/dashboard?agencyId=" + a.id).json();
		assertThat(ofA.path("approvalsWaiting").asLong()).isEqualTo(1);
		JsonNode approval = ofA.path("approvals").get(0);
		assertThat(approval.path("taskKey").asText()).isEqualTo("Task_CouncilReview");
		assertThat(approval.path("candidateGroup").asText()).isEqualTo("council");
		assertThat(approval.path("ageDays").asLong()).isZero();
		assertThat(manager.get("/dashboard/approvals?agencyId=" + a.id).text())
			.contains("Chưa ai nhận, chờ nhóm Hội đồng xác định giá trị tài liệu");
		assertThat(b.clerk.get("/api/v1/dashboard").json().path("approvalsWaiting").asLong())
			.as("another agency's approvals stay hidden")
			.isZero();
	}

	static List<String> states(JsonNode d) {
		List<String> out = new ArrayList<>();
		d.path("filesPerState").forEach((s) -> out.add(s.path("status").asText() + "=" + s.path("files").asLong()));
		return out;
	}

	static List<String> due(JsonNode d) {
		List<String> out = new ArrayList<>();
		d.path("due")
			.forEach((r) -> out.add(r.path("agencyCode").asText() + " " + r.path("action").asText() + " overdue="
					+ r.path("overdue").asLong() + " 30=" + r.path("within30").asLong() + " 90="
					+ r.path("within90").asLong() + " 365=" + r.path("within365").asLong()));
		return out;
	}

	static List<String> overdue(JsonNode d) {
		List<String> out = new ArrayList<>();
		d.path("overdue").forEach((o) -> out.add(o.path("action").asText() + "=" + o.path("files").asLong()));
		return out;
	}

	static List<String> forecast(JsonNode d) {
		List<String> out = new ArrayList<>();
		d.path("forecast")
			.forEach((m) -> out
				.add(m.path("month").asText() + " " + m.path("action").asText() + "=" + m.path("files").asLong()));
		return out;
	}

}
