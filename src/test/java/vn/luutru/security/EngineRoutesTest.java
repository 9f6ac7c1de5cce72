package vn.luutru.security;

import org.junit.jupiter.api.Test;

import vn.luutru.security.EngineRoutes.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

/** The allow-list of the engine's API, route by route. */
class EngineRoutesTest {

	private static Verdict officer(String method, String path) {
		return EngineRoutes.judge(method, path, "vanthu", false, false);
	}

	private static Verdict admin(String method, String path) {
		return EngineRoutes.judge(method, path, "quantri", true, false);
	}

	@Test
	void theProvinceWideFiguresAreForManagersAndAdministrators() {
		assertThat(officer("GET", "/metrics/activity-instance-start/sum")).isEqualTo(Verdict.ADMIN_ONLY);
		assertThat(officer("GET", "/telemetry/data")).isEqualTo(Verdict.ADMIN_ONLY);
		assertThat(EngineRoutes.judge("GET", "/metrics/activity-instance-start/sum", "quanly", false, true))
			.isEqualTo(Verdict.OPEN);
		assertThat(admin("GET", "/metrics")).isEqualTo(Verdict.OPEN);
	}

	@Test
	void officersReadAndDoTheirTasks() {
		assertThat(officer("GET", "/task")).isEqualTo(Verdict.OPEN);
		assertThat(officer("POST", "/task")).isEqualTo(Verdict.OPEN);
		assertThat(officer("GET", "/task/abc/form-variables")).isEqualTo(Verdict.OPEN);
		assertThat(officer("POST", "/task/abc/complete")).isEqualTo(Verdict.OPEN);
		assertThat(officer("POST", "/task/abc/submit-form")).isEqualTo(Verdict.OPEN);
		assertThat(officer("POST", "/task/abc/claim")).isEqualTo(Verdict.OPEN);
		assertThat(officer("PUT", "/task/abc/variables/decision")).isEqualTo(Verdict.OPEN);
		assertThat(officer("POST", "/filter/f1/list")).isEqualTo(Verdict.OPEN);
		assertThat(officer("POST", "/history/task")).isEqualTo(Verdict.OPEN);
		assertThat(officer("GET", "/user/vanthu/profile")).isEqualTo(Verdict.OPEN);
	}

	@Test
	void repairsAndAdministrationAreTheAdministratorsOnly() {
		for (String[] route : new String[][] { { "POST", "/job/j1/execute" }, { "PUT", "/job/j1/retries" },
				{ "DELETE", "/process-instance/p1" }, { "PUT", "/process-instance/p1/variables/comment" },
				{ "POST", "/user/create" }, { "POST", "/authorization/create" }, { "POST", "/history/cleanup" },
				{ "POST", "/group/create" }, { "PUT", "/incident/i1/annotation" } }) {
			assertThat(officer(route[0], route[1])).as(route[1]).isEqualTo(Verdict.ADMIN_ONLY);
			assertThat(admin(route[0], route[1])).as(route[1]).isEqualTo(Verdict.OPEN);
		}
	}

	@Test
	void startingMovingDeployingAndOnesOwnAccountAreClosedToEveryone() {
		for (String[] route : new String[][] { { "POST", "/process-definition/key/transfer/start" },
				{ "POST", "/process-definition/id1/submit-form" },
				{ "POST", "/process-definition/key/transfer/tenant-id/000.00.01.H53/start" },
				{ "POST", "/deployment/create" }, { "POST", "/deployment/d1/redeploy" }, { "POST", "/message" },
				{ "POST", "/signal" }, { "POST", "/process-instance/p1/modification" },
				{ "POST", "/migration/execute" }, { "POST", "/modification/execute" }, { "POST", "/task/create" },
				{ "PUT", "/task/t1/localVariables/x" }, { "POST", "/task/t1/attachment/create" },
				{ "POST", "/execution/e1/localVariables" }, { "POST", "/identity/verify" },
				{ "POST", "/external-task/fetchAndLock" }, { "POST", "/process-instance/variables-async" },
				{ "GET", "/task/../deployment/create" }, { "POST", "/task//complete" } }) {
			assertThat(admin(route[0], route[1])).as(route[1]).isEqualTo(Verdict.CLOSED);
			assertThat(officer(route[0], route[1])).as(route[1]).isEqualTo(Verdict.CLOSED);
		}
		assertThat(admin("DELETE", "/user/quantri")).isEqualTo(Verdict.CLOSED);
		assertThat(admin("PUT", "/user/quantri/credentials")).isEqualTo(Verdict.CLOSED);
		assertThat(admin("PUT", "/user/lanhdao/credentials")).as("another's password: LuuTru's reset only")
			.isEqualTo(Verdict.CLOSED);
		assertThat(officer("PUT", "/user/vanthu/profile")).isEqualTo(Verdict.CLOSED);
		assertThat(admin("DELETE", "/user/vanthu")).isEqualTo(Verdict.OPEN);
	}

}
