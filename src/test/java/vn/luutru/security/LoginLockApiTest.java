package vn.luutru.security;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import vn.luutru.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login lock on H2, and on the Camunda webapps' own login route, which checks
 * passwords through the same engine call.
 */
@ApiTest
class LoginLockApiTest extends LoginLockScenarios {

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

}
