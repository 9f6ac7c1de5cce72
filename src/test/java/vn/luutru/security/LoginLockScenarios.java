package vn.luutru.security;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.luutru.support.Api;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wrong passwords lock a login for a while, growing to a cap, on every login route (the
 * API and the Camunda webapps' login); the Camunda lock for good is gone; a right
 * password or an administrator clears it. Time passing is simulated by moving the lock's
 * end into the past, as the database would see it a few minutes later.
 */
abstract class LoginLockScenarios extends ApiTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	String userId;

	Api right;

	Api wrong;

	@BeforeEach
	void anOfficer() {
		String agency = createAgency("Sở Công Thương tỉnh Sơn La", false).path("code").asText();
		this.right = createUser(agency, "archivist");
		this.userId = CsrfApiTest.userIdOf(this.right);
		this.wrong = new Api(this.port, this.userId, "doan-mo-1");
	}

	@Test
	void locksAfterFiveWrongPasswordsSaysWhenAndAnAdministratorUnlocks() throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(this.wrong.get("/api/v1/users/me").status()).isEqualTo(401);
		}
		HttpResponse<String> locked = basic(PASSWORD);
		assertThat(locked.statusCode()).isEqualTo(401);
		JsonNode problem = Api.JSON.readTree(locked.body());
		assertThat(problem.path("detail").asText()).contains("tạm khoá").contains("1 phút");
		assertThat(problem.path("detailEn").asText()).contains("try again in 1 minute");
		assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow())).isBetween(55L, 61L);
		assertThat(lockedFor()).isBetween(55L, 61L);

		assertThat(this.admin.post("/api/v1/users/" + this.userId + "/unlock", "").status()).isEqualTo(204);
		assertThat(this.right.get("/api/v1/users/me").status()).isEqualTo(200);
		assertThat(this.right.post("/api/v1/users/" + this.userId + "/unlock", "").status()).isEqualTo(403);
		assertThat(this.admin.get("/api/v1/audit?entityType=user&entityId=" + this.userId)
			.json()
			.findValuesAsText("action")).contains("LOGIN_LOCKED", "USER_UNLOCKED");
	}

	@Test
	void theLockGrowsToItsCapAndEnds() {
		for (int i = 0; i < 5; i++) {
			this.wrong.get("/api/v1/users/me");
		}
		long[] expected = { 120, 240, 480, 900, 900 };
		for (long seconds : expected) {
			timePassesBeyondTheLock();
			HttpResponse<String> refused = basic("doan-mo-1");
			assertThat(refused.statusCode()).isEqualTo(401);
			assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
				.isBetween(seconds - 10, seconds + 1);
			assertThat(lockedFor()).isBetween(seconds - 10, seconds + 1);
		}
		timePassesBeyondTheLock();
		assertThat(this.right.get("/api/v1/users/me").status()).isEqualTo(200);
	}

	@Test
	void noNumberOfSpacedFailuresLocksForGood() {
		for (int i = 0; i < 12; i++) {
			timePassesBeyondTheLock();
			assertThat(basic("doan-mo-" + i).statusCode()).isEqualTo(401);
		}
		timePassesBeyondTheLock();
		assertThat(this.right.get("/api/v1/users/me").status()).isEqualTo(200);
	}

	@Test
	void aRightPasswordForgetsEarlierFailures() {
		for (int i = 0; i < 4; i++) {
			this.wrong.get("/api/v1/users/me");
		}
		HttpResponse<String> r = new Browser(this.port).formLogin(this.userId, PASSWORD);
		assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
		for (int i = 0; i < 4; i++) {
			this.wrong.get("/api/v1/users/me");
		}
		assertThat(this.right.get("/api/v1/users/me").status()).isEqualTo(200);
		assertThat(this.admin.post("/api/v1/users/nobody-here/unlock", "").status()).isEqualTo(404);
	}

	/**
	 * The Camunda webapps' own login route checks passwords through the same engine call.
	 */
	@Test
	void theWebappsLoginIsLockedTooAndNeverForGood() {
		for (int i = 0; i < 5; i++) {
			HttpResponse<String> refused = new Browser(this.port).camundaLogin("cockpit", this.userId, "doan-mo-" + i);
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
		}
		assertThat(new Browser(this.port).camundaLogin("tasklist", this.userId, PASSWORD).statusCode()).isEqualTo(401);
		assertThat(basic(PASSWORD).headers().firstValue("Retry-After")).isPresent();
		for (int i = 0; i < 8; i++) {
			timePassesBeyondTheLock();
			assertThat(new Browser(this.port).camundaLogin("cockpit", this.userId, "doan-mo-" + i).statusCode())
				.isEqualTo(401);
		}
		timePassesBeyondTheLock();
		assertThat(new Browser(this.port).camundaLogin("tasklist", this.userId, PASSWORD).statusCode()).isEqualTo(200);
	}

	HttpResponse<String> basic(String password) {
		return new Browser(this.port).get("/api/v1/users/me", "Authorization", Browser.basic(this.userId, password));
	}

	/** The lock's end as the database keeps it, seen from now, in seconds. */
	private long lockedFor() {
		Timestamp until = this.jdbc.queryForObject("select locked_until from lt_user_login where user_id = ?",
				Timestamp.class, this.userId);
		return (until.toInstant().toEpochMilli() - Instant.now().toEpochMilli()) / 1000;
	}

	void timePassesBeyondTheLock() {
		this.jdbc.update("update lt_user_login set locked_until = ? where user_id = ? and locked_until is not null",
				Timestamp.from(Instant.now().minusSeconds(1)), this.userId);
	}

}
