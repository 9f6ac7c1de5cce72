package vn.luutru.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.luutru.content.SamplePdfs;
import vn.luutru.support.Api;
import vn.luutru.support.Api.Part;
import vn.luutru.support.ApiTest;
import vn.luutru.support.ApiTestSupport;
import vn.luutru.support.BrowserSession;
import vn.luutru.support.Engine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agency head in headless Chromium: signs in at {@code /} once, follows the home
 * page's task link into the Tasklist without a second login, reads the Tasklist in
 * Vietnamese, claims the transfer list's approval and approves it through its form; the
 * API then shows the batch moved on. The head then changes his password on
 * {@code /account}. Screenshots go to target/screenshots.
 */
@ApiTest
class TasklistBrowserTest extends ApiTestSupport {

	private static final Duration WAIT = Duration.ofSeconds(60);

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
	void agencyHeadApprovesTheTransferListInTheTasklistInVietnamese() throws IOException {
		historicalArchive();
		JsonNode agency = createAgency("Sở Nông nghiệp và Môi trường tỉnh Sơn La", false);
		String code = agency.path("code").asText();
		Api clerk = createUser(code, "clerk");
		Api archivist = createUser(code, "archivist");
		Api head = createUser(code, "agency-head");
		String headId = head.get("/api/v1/users/me").json().path("userId").asText();
		depositPermanentFile(clerk, archivist, "01.VP", "Kế hoạch, báo cáo công tác năm 2019");
		JsonNode batch = transferBatch(archivist, code);
		String batchCode = batch.path("code").asText();
		String taskId = this.engine.task(head, batchCode, "Task_ApproveTransferList").path("id").asText();

		try (BrowserSession browser = BrowserSession.start()) {
			WebDriver driver = browser.driver;
			driver.get(base() + "/");
			driver.findElement(By.id("username")).sendKeys(headId);
			driver.findElement(By.id("password")).sendKeys(PASSWORD);
			driver.findElement(By.cssSelector("form.form button")).click();
			wait(driver).until(ExpectedConditions.urlMatches(".*/home$"));

			driver.findElement(By.cssSelector("#my-tasks tr.task-row a[href$='task=" + taskId + "']")).click();
			wait(driver).until(ExpectedConditions.urlContains("/camunda/app/tasklist/"));
			// One login: the Tasklist opens the task, not its own login form.
			wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("luutru-claim-notice")));
			assertThat(driver.findElements(By.cssSelector("input#inputUsername"))).isEmpty();
			assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");
			assertThat(driver.findElement(By.id("luutru-claim-notice")).getText())
				.startsWith("Việc này chưa có người nhận. Nhấn «Nhận việc» trước khi xử lý.");
			wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Việc của tôi"));
			wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("lt-batch"), batchCode));
			browser.screenshot("tasklist-unclaimed");

			driver.findElement(By.cssSelector("#luutru-claim-notice button")).click();
			wait(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("luutru-claim-notice")));
			wait(driver).until(ExpectedConditions.elementToBeClickable(By.id("decision")));
			new Select(driver.findElement(By.id("decision"))).selectByValue("APPROVE");
			// The button sits below the form, under the footer until the task pane
			// scrolls.
			WebElement complete = wait(driver)
				.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='Hoàn thành']")));
			browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", complete);
			browser.screenshot("tasklist-form");
			complete.click();
			// The form closes and the filter is empty: the Tasklist says so in
			// Vietnamese.
			wait(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("lt-batch")));
			wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
					"Không có công việc nào khớp bộ lọc."));
			browser.screenshot("tasklist-completed");

			assertThat(this.engine.count(head, batchCode, "Task_ApproveTransferList")).as("the task is gone").isZero();
			this.engine.runJobs();
			JsonNode moved = archivist.get("/api/v1/transfers/" + batch.path("id").asLong()).json();
			assertThat(moved.path("status").asText()).as(moved.toString())
				.isNotIn("LISTED", "AWAITING_APPROVAL", "REJECTED");

			driver.get(base() + "/dashboard?year=1800");
			assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Yêu cầu không hợp lệ");
			assertThat(driver.findElement(By.id("refusal-errors")).getText()).contains("năm phải từ");
			browser.screenshot("refusal");

			// The Welcome app's "Đổi mật khẩu" leads to LuuTru's own account page.
			driver.get(base() + "/camunda/app/welcome/default/");
			wait(driver)
				.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space()='Đổi mật khẩu']")))
				.click();
			wait(driver).until(ExpectedConditions.urlMatches(".*/account$"));
			driver.findElement(By.id("nav-account")).click();
			wait(driver).until(ExpectedConditions.urlMatches(".*/account$"));
			driver.findElement(By.id("currentPassword")).sendKeys(PASSWORD);
			driver.findElement(By.id("newPassword")).sendKeys("ngan");
			driver.findElement(By.cssSelector("#password-form button")).click();
			wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("error-newPassword")));
			assertThat(driver.findElement(By.id("error-newPassword")).getText())
				.isEqualTo("Mật khẩu phải có ít nhất 8 ký tự / The password needs at least 8 characters");
			browser.screenshot("account-refused");
		}
	}

	/** A permanent file (maintenance code 01) of 2019, closed, appraised, deposited. */
	private void depositPermanentFile(Api clerk, Api archivist, String notation, String title) {
		JsonNode file = clerk
			.post("/api/v1/files", Map.of("year", 2019, "fileNotation", notation, "title", title, "maintenanceCode",
					"01", "startDate", "2019-01-10"))
			.json();
		long id = file.path("id").asLong();
		Map<String, Object> meta = Map.of("typeName", "22", "codeNumber", "1", "codeNotation", "SNV-VP", "issuedDate",
				"2019-03-15", "organName", "Sở Nội vụ tỉnh Sơn La", "subject", "Công văn về " + title, "numberOfPage",
				1);
		Api.Response doc = clerk.multipart("/api/v1/files/" + id + "/documents", Api.parts("metadata", Part.json(meta),
				"content", Part.file("cv.pdf", "application/pdf", SamplePdfs.plainPdf(title, 1))));
		assertThat(doc.status()).as(doc.toString()).isEqualTo(201);
		Api.Response closed = clerk.post("/api/v1/files/" + id + "/close", Map.of("endDate", "2019-12-20"));
		assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
		this.engine.runJobs();
		this.engine.complete(archivist, closed.json().path("fileCode").asText(), "Task_AppraiseFile",
				"appraisalDecision", "DEPOSIT", "maintenanceCode", "01", "accessMode", "01");
		this.engine.runJobs();
		assertThat(clerk.get("/api/v1/files/" + id).json().path("dueAction").asText()).isEqualTo("TRANSFER");
	}

	/**
	 * Runs a sweep as the archivist does: the agency's transfer batch waits for its head.
	 */
	private JsonNode transferBatch(Api archivist, String agencyCode) {
		Api.Response sweep = archivist.post("/api/v1/retention/sweeps", Map.of());
		assertThat(sweep.status()).as(sweep.toString()).isEqualTo(202);
		this.engine.runJobs();
		for (JsonNode b : archivist.get("/api/v1/transfers").json()) {
			if (b.path("agencyCode").asText().equals(agencyCode)) {
				return b;
			}
		}
		throw new AssertionError("no transfer batch for " + agencyCode);
	}

	private static WebDriverWait wait(WebDriver driver) {
		return new WebDriverWait(driver, WAIT);
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
