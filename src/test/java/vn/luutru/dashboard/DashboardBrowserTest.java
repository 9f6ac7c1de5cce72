package vn.luutru.dashboard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.luutru.support.Api;
import vn.luutru.support.BrowserSession;
import vn.luutru.support.ApiTest;
import vn.luutru.support.ApiTestSupport;
import vn.luutru.support.Engine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager and an agency head in headless Chromium: sign in at {@code /}, the
 * dashboard's figures equal {@code /api/v1/dashboard}'s, a figure opens its list and its
 * .xlsx, the head's home page lists the decision waiting for them. Screenshots go to
 * target/screenshots. Skipped where Debian's chromium and chromium-driver are absent.
 */
@ApiTest
class DashboardBrowserTest extends ApiTestSupport {

	Engine engine;

	@BeforeEach
	void chromiumInstalled() {
		Assumptions.assumeTrue(BrowserSession.available(),
				"Chromium absent (/usr/bin/chromium, /usr/bin/chromedriver): install Debian's chromium and "
						+ "chromium-driver to run the browser test");
		this.engine = new Engine(this.admin);
		this.engine.runJobs();
	}

	@Test
	void managerComparesTheDashboardWithTheApiAndAgencyHeadSeesHisTask() throws IOException {
		JsonNode agency = createAgency("Sở Tài nguyên và Môi trường tỉnh Sơn La", false);
		String code = agency.path("code").asText();
		AgencyFiles a = new AgencyFiles(code, agency.path("id").asLong(), createUser(code, "clerk"),
				createUser(code, "archivist"), this.engine)
			.withFiles();
		String managerId = userIdOf(createUser(code, "manager"));
		Api head = createUser(code, "agency-head");
		String headId = userIdOf(head);
		String decisionTask = destructionWaitingForTheHead(a, createUser(code, "council"), head);

		try (BrowserSession browser = BrowserSession.start()) {
			var driver = browser.driver;
			driver.get(base() + "/");
			assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
			assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng nhập");
			browser.screenshot("login");
			signIn(driver, managerId);
			landsOn(driver, "/dashboard");

			new Select(driver.findElement(By.id("filter-agency"))).selectByValue(Long.toString(a.id));
			driver.findElement(By.cssSelector("form.filters button")).click();
			new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("agencyId=" + a.id));
			assertThat(driver.findElement(By.id("scope")).getText()).contains(code);
			assertThat(driver.findElements(By.cssSelector("#chart-states svg"))).as("echarts drew the chart")
				.isNotEmpty();
			Map<String, String> shown = new HashMap<>();
			for (WebElement figure : driver.findElements(By.cssSelector("[data-figure]"))) {
				shown.put(figure.getAttribute("data-figure"), figure.getText().trim());
			}
			JsonNode api = as(managerId).get("/api/v1/dashboard?agencyId=" + a.id).json();
			assertThat(shown).isEqualTo(figures(api));
			fullPage(browser, "dashboard");
			driver.manage().window().setSize(new Dimension(390, 900));
			browser.screenshot("dashboard-phone");
			driver.manage().window().setSize(new Dimension(1280, 1000));

			driver.findElement(By.cssSelector("[data-figure='due." + a.id + ".DEPOSIT.within30']")).click();
			new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("/dashboard/files"));
			assertThat(driver.findElement(By.id("list-count")).getText()).isEqualTo("Tổng số: 1 hồ sơ.");
			assertThat(driver.findElement(By.id("file-list")).getText())
				.contains(a.closedFile.path("fileCode").asText(), AgencyFiles.HOSTILE_TITLE);
			browser.screenshot("list");
			String xlsx = driver.findElement(By.id("xlsx")).getAttribute("href");
			try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
					download(xlsx, driver.manage().getCookieNamed("JSESSIONID").getValue())))) {
				int header = DashboardScenarios.headerRow(book.getSheetAt(0)).getRowNum();
				assertThat(book.getSheetAt(0).getRow(header + 1).getCell(1).getStringCellValue())
					.isEqualTo(a.closedFile.path("fileCode").asText());
				assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(header + 1);
			}

			driver.findElement(By.cssSelector("form.inline button")).click();
			landsOn(driver, "/login?logout");
			assertThat(driver.findElement(By.id("login-logout")).getText()).isEqualTo("Bạn đã đăng xuất.");
			signIn(driver, headId);
			landsOn(driver, "/home");
			assertThat(driver.findElement(By.id("task-count")).getText()).isEqualTo("1");
			WebElement task = driver.findElement(By.cssSelector("#my-tasks tr.task-row a"));
			// the task carries its batch code (config/TaskSubjectNames)
			assertThat(task.getText()).startsWith("Quyết định hủy tài liệu — HUY-");
			assertThat(task.getAttribute("href")).endsWith("/camunda/app/tasklist/default/#/?task=" + decisionTask);
			fullPage(browser, "home");
		}
	}

	/** Sweeps the agency, lets the council pass the list: the head's decision waits. */
	private String destructionWaitingForTheHead(AgencyFiles a, Api council, Api head) {
		Api.Response sweep = a.archivist.post("/api/v1/retention/sweeps", Map.of());
		assertThat(sweep.status()).as(sweep.toString()).isEqualTo(202);
		this.engine.runJobs();
		String batch = null;
		for (JsonNode b : a.archivist.get("/api/v1/destructions").json()) {
			if (b.path("agencyCode").asText().equals(a.code)) {
				batch = b.path("code").asText();
			}
		}
		assertThat(batch).isNotNull();
		this.engine.complete(council, batch, "Task_CouncilReview", "councilDecisions", "[]");
		this.engine.runJobs();
		return this.engine.task(head, batch, "Task_ApproveDestruction").path("id").asText();
	}

	private void signIn(org.openqa.selenium.WebDriver driver, String userId) {
		driver.findElement(By.id("username")).sendKeys(userId);
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("form.form button")).click();
	}

	/** Waits for the page a click leads to (a click may return before it loads). */
	private static void landsOn(org.openqa.selenium.WebDriver driver, String path) {
		new WebDriverWait(driver, Duration.ofSeconds(30))
			.until(ExpectedConditions.urlMatches(".*" + java.util.regex.Pattern.quote(path) + "$"));
		assertThat(driver.getCurrentUrl()).endsWith(path);
	}

	private static void fullPage(BrowserSession browser, String name) throws IOException {
		Object height = browser.driver.executeScript("return document.documentElement.scrollHeight");
		browser.driver.manage()
			.window()
			.setSize(new Dimension(1280, Math.min(8000, ((Number) height).intValue() + 200)));
		browser.screenshot(name);
		browser.driver.manage().window().setSize(new Dimension(1280, 1000));
	}

	/** The figures of the API's answer, keyed as the page marks them. */
	static Map<String, String> figures(JsonNode d) {
		Map<String, String> out = new HashMap<>();
		d.path("filesPerState").forEach((s) -> out.put("state." + s.path("status").asText(), s.path("files").asText()));
		d.path("overdue").forEach((o) -> out.put("overdue." + o.path("action").asText(), o.path("files").asText()));
		for (JsonNode r : d.path("due")) {
			String key = "due." + r.path("agencyId").asText() + "." + r.path("action").asText() + ".";
			for (String window : List.of("overdue", "within30", "within90", "within365")) {
				out.put(key + window, r.path(window).asText());
			}
		}
		d.path("forecast")
			.forEach((m) -> out.put("month." + m.path("month").asText() + "." + m.path("action").asText(),
					m.path("files").asText()));
		for (JsonNode k : d.path("kpis")) {
			if (k.hasNonNull("actualPercent")) {
				out.put("kpi." + k.path("indicator").asText(), k.path("actualPercent").asText() + " %");
			}
		}
		if (d.path("approvalsWaiting").asLong() > 0) {
			out.put("approvals", d.path("approvalsWaiting").asText());
		}
		return out;
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private static String userIdOf(Api user) {
		return user.get("/api/v1/users/me").json().path("userId").asText();
	}

	private static byte[] download(String url, String session) throws IOException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", "JSESSIONID=" + session).build();
		try {
			HttpResponse<byte[]> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
			assertThat(r.statusCode()).isEqualTo(200);
			assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("danh-sach-ho-so.xlsx");
			return r.body();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

}
