package vn.luutru.security;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.luutru.support.Api;
import vn.luutru.support.ApiTest;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's API as a hostile signed-in officer sees it: routes LuuTru does not open
 * are refused before the engine touches anything, and no query or filter evaluates an
 * expression of his (CVE-2026-109432).
 */
@ApiTest
class EngineGateApiTest extends ApiTestSupport {

	/** An expression with a side effect: it would set an engine property. */
	static final String PWN = "${managementService.setProperty('luutru.pwned', 'yes')}";

	@Autowired
	ManagementService management;

	Api clerk;

	Api manager;

	String instanceId;

	@BeforeEach
	void aFileWaitingForItsCompletenessCheck() {
		String agency = createAgency("Sở Công Thương tỉnh Sơn La", false).path("code").asText();
		this.clerk = createUser(agency, "clerk");
		this.manager = createUser(agency, "manager");
		JsonNode file = this.clerk
			.post("/api/v1/files", Map.of("year", 2025, "fileNotation", "04.QLTM", "title",
					"Hồ sơ kiểm tra thị trường năm 2025", "maintenanceCode", "06", "startDate", "2025-01-06"))
			.json();
		this.clerk.post("/api/v1/files/" + file.path("id").asLong() + "/close", Map.of("endDate", "2025-02-01"));
		this.instanceId = this.admin
			.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + file.path("fileCode").asText())
			.json()
			.get(0)
			.path("id")
			.asText();
	}

	@Test
	void aRefusedJobExecutionLeavesTheJobAsItWas() {
		JsonNode job = this.admin.get("/engine-rest/job?processInstanceId=" + this.instanceId).json().get(0);
		String jobId = job.path("id").asText();
		for (Api someone : List.of(this.clerk, this.manager, this.clerk, this.manager)) {
			Api.Response r = someone.post("/engine-rest/job/" + jobId + "/execute", "");
			assertThat(r.status()).as(r.toString()).isEqualTo(403);
			assertThat(r.text()).contains("quản trị viên", "administrator");
		}
		JsonNode after = this.admin.get("/engine-rest/job/" + jobId).json();
		assertThat(after.path("retries").asInt()).isEqualTo(job.path("retries").asInt());
		assertThat(after.path("exceptionMessage").isNull() || after.path("exceptionMessage").isMissingNode()).isTrue();
		assertThat(this.admin.get("/engine-rest/incident?processInstanceId=" + this.instanceId).json()).isEmpty();
		assertThat(this.clerk.put("/engine-rest/job/" + jobId + "/retries", Map.of("retries", 0)).status())
			.isEqualTo(403);
		assertThat(this.admin.put("/engine-rest/job/" + jobId + "/retries", Map.of("retries", 3)).status())
			.isEqualTo(204);
	}

	@Test
	void routesThatStartMoveOrDeployAreClosedEvenToTheAdministrator() {
		for (Api someone : List.of(this.admin, this.clerk)) {
			assertClosed(someone.post("/engine-rest/process-definition/key/file-appraisal/start",
					Map.of("variables", Map.of("fileId", Map.of("value", 1)))));
			assertClosed(someone.post("/engine-rest/message", Map.of("messageName", "retention-sweep-requested")));
			assertClosed(someone.post("/engine-rest/signal", Map.of("name", "x")));
			assertClosed(someone.post("/engine-rest/deployment/create", ""));
			assertClosed(someone.post("/engine-rest/task/create", Map.of("name", "Việc tự tạo")));
			assertClosed(someone.post("/engine-rest/identity/verify", Map.of("username", "quantri", "password", "x")));
			assertClosed(someone.post("/engine-rest/process-instance/" + this.instanceId + "/modification",
					Map.of("instructions", List.of())));
			assertClosed(
					someone.post("/engine-rest/engine/default/process-definition/key/file-appraisal/start", Map.of()));
		}
		assertClosed(this.admin.delete("/engine-rest/user/admin"));
		assertClosed(this.clerk.put("/engine-rest/user/" + userOf(this.clerk) + "/credentials",
				Map.of("password", "matkhaumoi123", "authenticatedUserPassword", "x")));
		assertThat(this.clerk.post("/engine-rest/group/create", Map.of("id", "ke-gian")).status()).isEqualTo(403);
		assertThat(this.clerk.get("/engine-rest/task").status()).isEqualTo(200);
		assertThat(this.manager.get("/engine-rest/process-instance/" + this.instanceId).status()).isEqualTo(200);
	}

	@Test
	void noTaskQueryOrFilterEvaluatesAnExpression() {
		Api.Response adHoc = this.clerk.post("/engine-rest/task",
				Map.of("orQueries", List.of(Map.of("dueAfterExpression", PWN))));
		assertThat(adHoc.status()).as(adHoc.toString()).isEqualTo(400);
		assertThat(adHoc.text()).contains("biểu thức", "expression");
		Api.Response count = this.clerk.post("/engine-rest/task/count",
				Map.of("orQueries", List.of(Map.of("assigneeExpression", PWN))));
		assertThat(count.status()).as(count.toString()).isEqualTo(400);
		Api.Response saved = this.admin.post("/engine-rest/filter/create", Map.of("resourceType", "Task", "name",
				"Bộ lọc độc", "query", Map.of("orQueries", List.of(Map.of("dueAfterExpression", PWN)))));
		assertThat(saved.status()).as(saved.toString()).isEqualTo(400);
		String filterId = this.admin.get("/engine-rest/filter").json().get(0).path("id").asText();
		Api.Response extended = this.admin.post("/engine-rest/filter/" + filterId + "/list",
				Map.of("orQueries", List.of(Map.of("dueAfterExpression", PWN))));
		assertThat(extended.status()).as(extended.toString()).isEqualTo(400);
		assertThat(this.admin.get("/engine-rest/filter/" + filterId + "/list").status())
			.as("the Tasklist's own filters, with currentUserGroups(), still run")
			.isEqualTo(200);
		assertThat(this.admin.get("/engine-rest/task?processInstanceId=" + this.instanceId).status()).isEqualTo(200);
		assertThat(pwned()).as("no expression was evaluated").isFalse();
	}

	private boolean pwned() {
		return this.management.getProperties().containsKey("luutru.pwned");
	}

	private static void assertClosed(Api.Response r) {
		assertThat(r.status()).as(r.toString()).isEqualTo(403);
		assertThat(r.text()).contains("không mở", "not open");
	}

	private static String userOf(Api api) {
		return api.get("/api/v1/users/me").json().path("userId").asText();
	}

}
