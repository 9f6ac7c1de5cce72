package vn.luutru.web;

import java.io.IOException;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.luutru.intake.IntakeUploads;
import vn.luutru.support.Api;
import vn.luutru.support.Api.Part;
import vn.luutru.support.ApiTest;
import vn.luutru.support.ApiTestSupport;
import vn.luutru.support.BrowserSession;
import vn.luutru.support.Engine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A manager in headless Chromium watches a bulk intake half-way through in Cockpit: the
 * dashboard and the instance's "Tiến độ / Progress" tab show its percent and figures,
 * read through the webapp's engine API as the manager. The test profile captures two rows
 * per step, so a three-row intake stops at 2 of 3 after its first capture step.
 * Screenshots go to target/screenshots.
 */
@ApiTest
class CockpitProgressBrowserTest extends ApiTestSupport {

	private static final Duration WAIT = Duration.ofSeconds(60);

	@BeforeEach
	void chromiumInstalled() {
		Assumptions.assumeTrue(BrowserSession.available(),
				"Chromium absent (/usr/bin/chromium, /usr/bin/chromedriver): install Debian's chromium and "
						+ "chromium-driver to run the browser test");
		new Engine(this.admin).runJobs();
	}

	@Test
	void aRunningIntakeShowsItsPercentInCockpit() throws IOException {
		String agency = createAgency("Sở Xây dựng tỉnh Lai Châu", false).path("code").asText();
		Api clerk = createUser(agency, "clerk", "archivist");
		Api manager = createUser(agency, "manager");
		String managerId = manager.get("/api/v1/users/me").json().path("userId").asText();
		Api.Response upload = clerk.multipart("/api/v1/intakes",
				Api.parts("file", Part.file("nhap.zip", "application/zip", IntakeUploads.manyDocuments("07.XD", 3))));
		assertThat(upload.status()).as(upload.toString()).isEqualTo(202);
		String instanceId = runIntakeUntilProgress(upload.json().path("id").asLong());

		try (BrowserSession browser = BrowserSession.start()) {
			WebDriver driver = browser.driver;
			driver.get(base() + "/");
			driver.findElement(By.id("username")).sendKeys(managerId);
			driver.findElement(By.id("password")).sendKeys(PASSWORD);
			driver.findElement(By.cssSelector("form.form button")).click();
			// Managers land on the dashboard.
			wait(driver).until(ExpectedConditions.urlMatches(".*/(home|dashboard)$"));

			driver.get(base() + "/camunda/app/cockpit/default/#/dashboard");
			WebElement row = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(
					By.cssSelector(".luutru-progress-row[data-process-instance-id='" + instanceId + "']")));
			assertThat(row.getAttribute("data-percent")).isEqualTo("66.6");
			assertThat(row.findElement(By.cssSelector(".progress-bar")).getText()).isEqualTo("66.6%");
			assertThat(row.getText()).contains("record-intake")
				.contains(variable(instanceId, "progressText").asText())
				.contains("Đã xong / Done: 2 / 3 (66.6%)");
			assertThat(driver.findElement(By.cssSelector(".luutru-progress-view h3")).getText())
				.isEqualTo("Tiến độ công việc dài / Progress of long work");
			browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", row);
			browser.screenshot("cockpit-progress-dashboard");

			driver.get(base() + "/camunda/app/cockpit/default/#/process-instance/" + instanceId + "/runtime");
			wait(driver).until(ExpectedConditions.elementToBeClickable(By.linkText("Tiến độ / Progress"))).click();
			WebElement tab = wait(driver).until(ExpectedConditions.visibilityOfElementLocated(
					By.cssSelector(".luutru-progress-row[data-process-instance-id='" + instanceId + "']")));
			assertThat(tab.findElement(By.cssSelector(".progress-bar")).getText()).isEqualTo("66.6%");
			browser.screenshot("cockpit-progress-instance");
		}
	}

	private JsonNode variable(String instanceId, String name) {
		return this.admin.get("/engine-rest/process-instance/" + instanceId + "/variables/" + name)
			.json()
			.path("value");
	}

	/**
	 * Executes the intake's jobs one by one until its process instance reports progress
	 * short of the end; returns the instance's id.
	 */
	private String runIntakeUntilProgress(long intakeId) {
		for (int step = 0; step < 20; step++) {
			JsonNode instances = this.admin.get("/engine-rest/process-instance?processDefinitionKey=record-intake")
				.json();
			for (JsonNode pi : instances) {
				JsonNode percent = variable(pi.path("id").asText(), "progressPercent");
				if (percent.isNumber() && percent.asDouble() < 100) {
					return pi.path("id").asText();
				}
			}
			JsonNode jobs = this.admin
				.get("/engine-rest/job?executable=true&withRetriesLeft=true&processDefinitionKey=record-intake")
				.json();
			assertThat(jobs).as("intake %d stopped before it reported progress", intakeId).isNotEmpty();
			this.admin.post("/engine-rest/job/" + jobs.get(0).path("id").asText() + "/execute", "");
		}
		throw new AssertionError("intake " + intakeId + " reported no progress");
	}

	private static WebDriverWait wait(WebDriver driver) {
		return new WebDriverWait(driver, WAIT);
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
