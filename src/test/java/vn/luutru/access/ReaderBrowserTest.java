package vn.luutru.access;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.luutru.retention.DepositedFiles;
import vn.luutru.support.Api;
import vn.luutru.support.ApiTest;
import vn.luutru.support.ApiTestSupport;
import vn.luutru.support.BrowserSession;
import vn.luutru.support.Engine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader in headless Chromium: registers on the reading room's page, is approved by the
 * historical archive, signs in, asks for a public file, is granted at once, reads its
 * page as an image marked as a copy, and finds no way to download the document.
 * Screenshots go to target/screenshots (reader-*.png). Skipped without Debian's chromium.
 */
@ApiTest
class ReaderBrowserTest extends ApiTestSupport {

	@BeforeEach
	void chromiumInstalled() {
		Assumptions.assumeTrue(BrowserSession.available(),
				"Chromium absent (/usr/bin/chromium, /usr/bin/chromedriver)");
	}

	@Test
	void readerRegistersAsksIsGrantedReadsAPageAndCannotDownload() throws Exception {
		Engine engine = new Engine(this.admin);
		String code = createAgency("Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn La", false).path("code").asText();
		Api archivist = createUser(code, "archivist");
		JsonNode file = new DepositedFiles(engine, createUser(code, "clerk"), archivist).deposit("7.VH",
				"Hồ sơ Lễ hội Hoa Ban năm 2024", 10, 2024, "01");
		Api historical = createUser(historicalArchive(), "historical-archive");
		String readerId = "docgia.b" + (System.nanoTime() % 100_000);
		Map<String, Object> form = ReadingRoomSetup.registration(readerId, "Lò Thị Ban");

		try (BrowserSession browser = BrowserSession.start()) {
			WebDriver driver = browser.driver;
			driver.get(base() + "/reader/register");
			for (String field : new String[] { "userId", "password", "fullName", "identityNumber", "address", "phone",
					"email", "organisation" }) {
				driver.findElement(By.id(field)).sendKeys(String.valueOf(form.get(field)));
			}
			// A date input takes the digits in the browser's order (vi: dd/MM/yyyy).
			((org.openqa.selenium.JavascriptExecutor) driver)
				.executeScript("document.getElementById('birthDate').value = '1990-05-17'");
			browser.screenshot("reader-register");
			driver.findElement(By.id("register")).click();
			wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("registered")));
			assertThat(driver.findElement(By.id("registered")).getText()).contains("Lò Thị Ban");
			browser.screenshot("reader-registered");

			assertThat(historical.post("/api/v1/readers/" + readerId + "/decision", Map.of("decision", "APPROVE"))
				.status()).isEqualTo(200);

			driver.get(base() + "/login");
			driver.findElement(By.id("username")).sendKeys(readerId);
			driver.findElement(By.id("password")).sendKeys(PASSWORD);
			driver.findElement(By.cssSelector("form.form button")).click();
			wait(driver).until(ExpectedConditions.urlMatches(".*/reader$"));
			driver.findElement(By.id("fileCodes")).sendKeys(file.path("fileCode").asText());
			driver.findElement(By.id("purposeContent")).sendKeys("Nghiên cứu văn hóa dân tộc Thái");
			driver.findElement(By.id("ask")).click();
			wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#grants .read-link")));
			assertThat(driver.findElement(By.cssSelector("#requests .request-status")).getText())
				.isEqualTo("Đã cấp quyền đọc / Granted");
			browser.screenshot("reader-granted");

			driver.findElement(By.cssSelector("#grants .read-link")).click();
			wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("documents")));
			driver.findElement(By.cssSelector("#documents a")).click();
			WebElement page = wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("page")));
			wait(driver).until((d) -> ((Number) ((org.openqa.selenium.JavascriptExecutor) d)
				.executeScript("return document.getElementById('page').naturalWidth")).intValue() > 0);
			browser.screenshot("reader-page");

			assertThat(driver.findElements(By.cssSelector("a[download], a[href*='/content'], a[href$='.pdf']")))
				.as("no download link")
				.isEmpty();
			Object refused = ((org.openqa.selenium.JavascriptExecutor) driver)
				.executeScript("var e = new MouseEvent('contextmenu', {cancelable: true, bubbles: true});"
						+ " return !document.getElementById('page').dispatchEvent(e);");
			assertThat(refused).as("no 'save image' menu").isEqualTo(true);
			String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
			long shown = views(archivist, file);
			assertThat(shown).as("the page the browser showed").isPositive();
			HttpResponse<byte[]> image = fetch(page.getAttribute("src"), session);
			assertThat(image.statusCode()).isEqualTo(200);
			assertThat(image.headers().firstValue("Content-Disposition")).hasValue("inline");
			assertThat(image.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
			long documentId = Long.parseLong(page.getAttribute("src").replaceAll(".*/documents/(\\d+)/pages/.*", "$1"));
			assertThat(fetch(base() + "/api/v1/documents/" + documentId + "/content", session).statusCode())
				.as("the original is not the reader's")
				.isEqualTo(403);
			assertThat(views(archivist, file)).as("the page fetched again is one more view").isEqualTo(shown + 1);
		}
		JsonNode usage = archivist.get("/api/v1/access-usage/files/" + file.path("id").asLong()).json();
		assertThat(usage.path("readers").get(0).path("fullName").asText()).isEqualTo("Lò Thị Ban");
	}

	@Test
	void theArchivistDecidesARequestOnAFormThatShowsItInWords() throws IOException {
		Engine engine = new Engine(this.admin);
		String code = createAgency("Sở Nội vụ tỉnh Sơn La", false).path("code").asText();
		Api archivist = createUser(code, "archivist");
		JsonNode file = new DepositedFiles(engine, createUser(code, "clerk"), archivist).deposit("8.NV",
				"Hồ sơ thi đua, khen thưởng năm 2024", 10, 2024, "02");
		Api reader = new ReadingRoomSetup(this.port, createUser(historicalArchive(), "historical-archive"))
			.approved("docgia.c" + (System.nanoTime() % 100_000), "Hà Văn Thắng");
		long requestId = ReadingRoomSetup.ask(reader, "02", file.path("fileCode").asText())
			.json()
			.path("request")
			.path("id")
			.asLong();
		String taskId = engine
			.task(archivist, AccessProcessStarter.requestKey(requestId), AccessProcessStarter.TASK_DECIDE_ACCESS)
			.path("id")
			.asText();

		try (BrowserSession browser = BrowserSession.start()) {
			WebDriver driver = openTask(browser, archivist, taskId);
			wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("lt-purpose"),
					"Mục đích / Purpose: Công vụ / Official — "));
			assertThat(driver.findElement(By.id("lt-request")).getText())
				.contains("Chờ lưu trữ duyệt / Waiting for the archive")
				.doesNotContain("PENDING");
			assertThat(driver.findElement(By.id("lt-files")).getText()).contains(file.path("fileCode").asText(),
					"Có điều kiện / conditional");
			browser.screenshot("reader-request-decision");
		}
	}

	@Test
	void theHistoricalArchiveChecksAReadersIdentityOnItsApprovalForm() throws IOException {
		Engine engine = new Engine(this.admin);
		Api historical = createUser(historicalArchive(), "historical-archive");
		String readerId = "docgia.d" + (System.nanoTime() % 100_000);
		new ReadingRoomSetup(this.port, historical).register(readerId, "Lường Thị Hoa");
		String taskId = engine
			.task(historical, AccessProcessStarter.registrationKey(readerId), AccessProcessStarter.TASK_APPROVE_READER)
			.path("id")
			.asText();

		try (BrowserSession browser = BrowserSession.start()) {
			WebDriver driver = openTask(browser, historical, taskId);
			wait(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("lt-reader"),
					"Họ tên / Name: Lường Thị Hoa"));
			assertThat(driver.findElement(By.id("lt-reader")).getText()).contains("Ngày sinh / Born: 17/05/1990",
					"Cơ quan, tổ chức / Organisation: Trường Đại học Tây Bắc");
			assertThat(driver.findElement(By.id("lt-reader-status")).getText())
				.startsWith("Đăng ký ngày / Registered on");
			browser.screenshot("reader-approval");
		}
	}

	/** Signs the user in at / and opens a task in the Tasklist. */
	private WebDriver openTask(BrowserSession browser, Api user, String taskId) {
		WebDriver driver = browser.driver;
		driver.get(base() + "/");
		driver.findElement(By.id("username")).sendKeys(user.get("/api/v1/users/me").json().path("userId").asText());
		driver.findElement(By.id("password")).sendKeys(PASSWORD);
		driver.findElement(By.cssSelector("form.form button")).click();
		wait(driver).until(ExpectedConditions.urlMatches(".*/home$"));
		driver.get(base() + "/camunda/app/tasklist/default/#/?task=" + taskId);
		return driver;
	}

	private static long views(Api archivist, JsonNode file) {
		return archivist.get("/api/v1/access-usage/files/" + file.path("id").asLong()).json().path("views").asLong();
	}

	private static WebDriverWait wait(WebDriver driver) {
		return new WebDriverWait(driver, Duration.ofSeconds(30));
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private static HttpResponse<byte[]> fetch(String url, String session) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", "JSESSIONID=" + session).build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

}
