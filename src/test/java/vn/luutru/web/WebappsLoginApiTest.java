package vn.luutru.web;

import org.junit.jupiter.api.Test;

import vn.luutru.support.ApiTest;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One login for LuuTru's pages and the Camunda webapps: signed in at {@code /}, the
 * webapps know the user without their own login form; their logout ends both.
 */
@ApiTest
class WebappsLoginApiTest extends ApiTestSupport {

	private static final String WHO = "/camunda/api/admin/auth/user/default";

	@Test
	void webappsKnowTheUserSignedInAtTheHomePageAndTheirLogoutEndsBoth() {
		String code = createAgency("Sở Tài chính tỉnh Sơn La", false).path("code").asText();
		String userId = createUser(code, "archivist").get("/api/v1/users/me").json().path("userId").asText();
		PageSession browser = PageSession.signIn(this.port, userId, PASSWORD);

		assertThat(browser.get("/camunda/app/tasklist/default/").status()).isEqualTo(200);
		PageSession.Page who = browser.camunda("GET", WHO);
		assertThat(who.status()).as(who.toString()).isEqualTo(200);
		assertThat(who.body()).contains("\"userId\":\"" + userId + "\"", "tasklist");

		PageSession.Page logout = browser.camunda("POST", WHO + "/logout");
		assertThat(logout.status()).as(logout.toString()).isLessThan(300);
		assertThat(browser.camunda("GET", WHO).status()).as("the webapps' login is gone").isNotEqualTo(200);
		PageSession.Page home = browser.get("/home");
		assertThat(home.status()).as("the LuuTru login is gone too").isEqualTo(302);
		assertThat(home.location()).endsWith("/login");
	}

	@Test
	void aStrangerStaysUnknownToTheWebapps() {
		PageSession.Page who = PageSession.anonymous(this.port).camunda("GET", WHO);
		assertThat(who.status()).isNotEqualTo(200);
	}

}
