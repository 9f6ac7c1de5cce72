package vn.luutru.report;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcProperties;

import vn.luutru.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class DeadlineReportApiTest extends DeadlineReportScenarios {

	@Autowired
	WebMvcProperties mvc;

	/**
	 * A province's report streams for tens of seconds (bench/report.sh: a million rows);
	 * Tomcat's default cut such a download after 30 s with a 503.
	 */
	@Test
	void aLongReportIsNotCutOffAfterThirtySeconds() {
		assertThat(this.mvc.getAsync().getRequestTimeout()).isGreaterThanOrEqualTo(Duration.ofMinutes(10));
	}

}
