package vn.luutru.retention;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.luutru.support.Api;
import vn.luutru.support.ApiTestSupport;
import vn.luutru.support.Engine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may sweep, and what: an archivist sweeps his own agency only, an administrator
 * every agency, a manager (read-only) none; the daily timer opens batches as the system,
 * whoever executes its job. Run on H2 and on MariaDB.
 */
abstract class SweepScopeScenarios extends ApiTestSupport {

	private Engine engine;

	@BeforeEach
	void runLeftoverJobs() {
		this.engine = new Engine(this.admin);
		this.engine.runJobs();
	}

	@Test
	void archivistSweepsOnlyHisOwnAgencyAndAdminSweepsTheRest() {
		Agency a = agencyWithExpiredFile("Sở Nội vụ tỉnh Sơn La");
		Agency b = agencyWithExpiredFile("Sở Tài chính tỉnh Sơn La");

		JsonNode run = sweep(a.archivist);
		assertThat(run.path("agencyCode").asText()).isEqualTo(a.code);
		assertThat(destructions(a.code)).hasSize(1);
		assertThat(destructions(b.code)).as("no batch opened in another agency").isEmpty();
		JsonNode batchOfA = destructions(a.code).get(0);
		assertThat(batchOfA.path("createdBy").asText()).isEqualTo(a.archivistId);
		assertThat(openedBy(batchOfA)).as("the requester, not the admin who executed the job").isEqualTo(a.archivistId);

		JsonNode all = sweep(this.admin);
		assertThat(all.hasNonNull("agencyCode")).as("an administrator's sweep covers every agency").isFalse();
		assertThat(destructions(b.code)).hasSize(1);
		assertThat(openedBy(destructions(b.code).get(0))).isEqualTo("admin");
	}

	@Test
	void managerMayNotStartASweep() {
		Agency a = agencyWithExpiredFile("Sở Xây dựng tỉnh Sơn La");
		Api manager = createUser(a.code, "manager");

		Api.Response r = manager.post("/api/v1/retention/sweeps", Map.of());

		assertThat(r.status()).as(r.toString()).isEqualTo(403);
		assertThat(r.json().path("detail").asText()).isEqualTo("Bạn không có quyền thực hiện thao tác này");
		assertThat(r.json().path("detailEn").asText()).isNotBlank().doesNotContain("quyền");
		this.engine.runJobs("retention-sweep");
		assertThat(destructions(a.code)).isEmpty();
		assertThat(manager.get("/api/v1/retention/sweeps").status()).as("managers still read the sweeps")
			.isEqualTo(200);
	}

	@Test
	void dailyTimerOpensBatchesAsTheSystem() {
		Agency a = agencyWithExpiredFile("Sở Giáo dục và Đào tạo tỉnh Sơn La");
		JsonNode timer = this.admin.get("/engine-rest/job?processDefinitionKey=retention-sweep&timers=true").json();
		assertThat(timer).hasSize(1);

		// An admin executes the timer's job, as Cockpit's "retry" would: the job runs in
		// his request, yet the batches are not his.
		Api.Response fired = this.admin.post("/engine-rest/job/" + timer.get(0).path("id").asText() + "/execute", "");
		assertThat(fired.status()).as(fired.toString()).isEqualTo(204);
		this.engine.runJobs("retention-sweep");

		List<JsonNode> batches = destructions(a.code);
		assertThat(batches).hasSize(1);
		assertThat(batches.get(0).path("createdBy").asText()).isEqualTo("timer");
		assertThat(openedBy(batches.get(0))).isEqualTo("system");
	}

	@Test
	void skippedAgenciesFollowTheSameRuleAsTheSweeps() {
		Agency a = agencyWithExpiredFile("Sở Lao động tỉnh Sơn La");
		Agency b = agencyWithExpiredFile("Sở Văn hóa tỉnh Sơn La");
		Api manager = createUser(a.code, "manager");
		// An administrator who belongs to an agency still administers every agency.
		Api adminOfB = createUser(b.code, "admin");
		// The first sweep opens a batch in each agency; their list steps do not run, so
		// the next sweeps leave both agencies out.
		sweep(this.admin);
		long everyAgency = sweep(this.admin).path("id").asLong();
		long ownAgency = sweep(a.archivist).path("id").asLong();

		assertThat(skippedCodes(this.admin, everyAgency)).as("an administrator sees every agency left out")
			.contains(a.code, b.code);
		assertThat(skippedCodes(manager, everyAgency)).as("as a manager does")
			.isEqualTo(skippedCodes(this.admin, everyAgency));
		assertThat(skippedCodes(adminOfB, everyAgency)).as("and an administrator of one agency")
			.isEqualTo(skippedCodes(this.admin, everyAgency));
		assertThat(listed(adminOfB, everyAgency)).isTrue();
		assertThat(a.archivist.get(skippedPath(everyAgency)).status())
			.as("a sweep of every agency is not an archivist's, as in the list of sweeps")
			.isEqualTo(404);
		assertThat(listed(a.archivist, everyAgency)).isFalse();

		assertThat(skippedCodes(a.archivist, ownAgency)).containsExactly(a.code);
		assertThat(skippedCodes(this.admin, ownAgency)).containsExactly(a.code);
		assertThat(skippedCodes(manager, ownAgency)).containsExactly(a.code);
		assertThat(skippedCodes(adminOfB, ownAgency)).as("another agency's administrator").containsExactly(a.code);
		Api.Response other = b.archivist.get(skippedPath(ownAgency));
		assertThat(other.status()).as("another agency's archivist: " + other).isEqualTo(404);
		assertThat(other.text()).doesNotContain(a.code);
		assertThat(listed(b.archivist, ownAgency)).isFalse();
		this.engine.runJobs();
	}

	private static String skippedPath(long sweepId) {
		return "/api/v1/retention/sweeps/" + sweepId + "/skipped";
	}

	private static List<String> skippedCodes(Api user, long sweepId) {
		Api.Response r = user.get(skippedPath(sweepId));
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		return r.json().findValuesAsText("agencyCode");
	}

	/** Whether the user's list of sweeps shows the sweep. */
	private static boolean listed(Api user, long sweepId) {
		return user.get("/api/v1/retention/sweeps")
			.json()
			.findValues("id")
			.stream()
			.anyMatch((id) -> id.asLong() == sweepId);
	}

	/** Starts a sweep, runs it (not the batches it starts) and returns it finished. */
	private JsonNode sweep(Api user) {
		Api.Response started = user.post("/api/v1/retention/sweeps", Map.of());
		assertThat(started.status()).as(started.toString()).isEqualTo(202);
		this.engine.runJobs("retention-sweep");
		JsonNode run = user.get("/api/v1/retention/sweeps/" + started.json().path("id").asLong()).json();
		assertThat(run.path("status").asText()).isEqualTo("DONE");
		return run;
	}

	private List<JsonNode> destructions(String agencyCode) {
		List<JsonNode> batches = new java.util.ArrayList<>();
		this.admin.get("/api/v1/destructions").json().forEach((b) -> {
			if (b.path("agencyCode").asText().equals(agencyCode)) {
				batches.add(b);
			}
		});
		return batches;
	}

	/** Who the audit trail says opened the batch. */
	private String openedBy(JsonNode batch) {
		JsonNode events = this.admin.get("/api/v1/audit?entityType=batch&entityId=" + batch.path("code").asText())
			.json();
		for (JsonNode e : events) {
			if (e.path("action").asText().equals("BATCH_OPENED")) {
				return e.path("actor").asText();
			}
		}
		throw new AssertionError("no BATCH_OPENED event for " + batch.path("code").asText() + ": " + events);
	}

	/** A new agency with one deposited file whose 10 years ended in 2010. */
	private Agency agencyWithExpiredFile(String name) {
		String code = createAgency(name, false).path("code").asText();
		Api clerk = createUser(code, "clerk");
		Api archivist = createUser(code, "archivist");
		new DepositedFiles(this.engine, clerk, archivist).deposit("01.VP", "Công văn đi năm 2000", 10, 2000);
		return new Agency(code, archivist, archivist.get("/api/v1/users/me").json().path("userId").asText());
	}

	private record Agency(String code, Api archivist, String archivistId) {

	}

}
