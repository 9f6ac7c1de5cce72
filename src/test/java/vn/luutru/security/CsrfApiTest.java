package vn.luutru.security;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.luutru.support.Api;
import vn.luutru.support.ApiTest;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser session needs its CSRF token for every write, whatever Authorization header a
 * page adds; only a call with its own credentials and no session skips it.
 */
@ApiTest
class CsrfApiTest extends ApiTestSupport {

	static final String PROFILE = "{\"firstName\":\"Nguyễn Thị\",\"lastName\":\"Hoa\"}";

	String userId;

	Browser browser;

	@BeforeEach
	void signedInByForm() {
		String agency = createAgency("Sở Y tế tỉnh Sơn La", false).path("code").asText();
		this.userId = userIdOf(createUser(agency, "clerk"));
		this.browser = new Browser(this.port);
		HttpResponse<String> login = this.browser.formLogin(this.userId, PASSWORD);
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
		assertThat(this.browser.cookie("JSESSIONID")).isNotNull();
	}

	@Test
	void sessionWithoutTokenIsRefusedEvenWithAnAuthorizationHeader() {
		assertThat(put("Authorization", "Basic junk").statusCode()).isEqualTo(403);
		assertThat(put("Authorization", Browser.basic(this.userId, PASSWORD)).statusCode()).isEqualTo(403);
		assertThat(put("Authorization", Browser.basic("admin", "admin-test-pw")).statusCode()).isEqualTo(403);
		assertThat(put().statusCode()).isEqualTo(403);
	}

	@Test
	void sessionWithItsTokenWrites() {
		// Signing in replaced the token; a page of the application hands out the new one.
		this.browser.get("/login");
		HttpResponse<String> r = put("X-XSRF-TOKEN", this.browser.cookie("XSRF-TOKEN"));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(204);
	}

	@Test
	void basicCallWithoutSessionNeedsNoTokenAndOpensNoSession() {
		Browser client = new Browser(this.port);
		HttpResponse<String> r = client.post("/api/v1/agencies", "{}", "Authorization",
				Browser.basic("admin", "admin-test-pw"));
		assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
		assertThat(client.cookie("JSESSIONID")).isNull();
		assertThat(client.get("/api/v1/users/me").statusCode()).isEqualTo(401);
		assertThat(client.cookie("JSESSIONID")).isNull();
	}

	private HttpResponse<String> put(String... headers) {
		return this.browser.put("/api/v1/users/me", PROFILE, headers);
	}

	static String userIdOf(Api user) {
		return user.get("/api/v1/users/me").json().path("userId").asText();
	}

}
