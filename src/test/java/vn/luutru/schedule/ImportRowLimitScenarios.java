package vn.luutru.schedule;

import org.junit.jupiter.api.Test;

import vn.luutru.support.Api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luutru.common.ProblemAssert.refused;

/**
 * A 100,000-row sheet is refused on its row count, in both languages, storing nothing.
 */
abstract class ImportRowLimitScenarios extends ScheduleApiSupport {

	@Test
	void refusesA100000RowFilePlan() {
		String agency = newAgency("Sở Nội vụ tỉnh Sơn La");
		Api archivist = createUser(agency, "archivist");
		Api.Response r = upload(archivist, "/api/v1/file-plans/import?year=2025", LargeSheets.filePlan());
		refused(r, 400, "file", "quá 5.000 dòng", "more than 5,000 data rows");
		Api.Response plan = archivist.get("/api/v1/file-plans?year=2025");
		assertThat(plan.status()).as(plan.toString()).isEqualTo(200);
		assertThat(plan.json().path("total").asInt()).isZero();
	}

	@Test
	void refusesA100000RowRetentionSchedule() {
		Api.Response before = this.admin.get(RULES);
		Api.Response r = upload(this.admin, "/api/v1/retention-schedule/import", LargeSheets.retentionSchedule());
		refused(r, 400, "file", "quá 5.000 dòng", "more than 5,000 data rows");
		assertThat(this.admin.get(RULES).text()).isEqualTo(before.text());
	}

}
