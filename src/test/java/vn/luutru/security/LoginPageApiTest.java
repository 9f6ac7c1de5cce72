package vn.luutru.security;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.luutru.support.ApiTest;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LuuTru's own login page at {@code /}: Vietnamese first, English on request and
 * remembered, a clear message after a wrong password, a lock or a sign-out, and each role
 * sent where it works.
 */
@ApiTest
class LoginPageApiTest extends ApiTestSupport {

	String agency;

	@BeforeEach
	void agency() {
		this.agency = createAgency("Sở Lao động tỉnh Sơn La", false).path("code").asText();
	}

	@Test
	void aStrangerAtTheRootSeesTheVietnameseLoginPage() {
		HttpResponse<String> page = new Browser(this.port).get("/");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body())
			.contains("<html lang=\"vi\">", "<h1>Đăng nhập</h1>", "Tên đăng nhập", "Mật khẩu", "action=\"/login\"",
					"name=\"_csrf\"")
			.doesNotContain("Please sign in");
		assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
	}

	@Test
	void englishIsChosenOnceAndRemembered() {
		Browser browser = new Browser(this.port);

		assertThat(browser.get("/?lang=en").body()).contains("<html lang=\"en\">", "<h1>Sign in</h1>", "User name");
		assertThat(browser.get("/login").body()).as("the choice is kept in a cookie").contains("<h1>Sign in</h1>");
		assertThat(browser.get("/login?lang=vi").body()).contains("<h1>Đăng nhập</h1>");
	}

	@Test
	void aWrongPasswordSaysSoInTheChosenLanguage() {
		String userId = CsrfApiTest.userIdOf(createUser(this.agency, "clerk"));
		Browser browser = new Browser(this.port);

		HttpResponse<String> refused = browser.formLogin(userId, "sai-mat-khau");

		assertThat(refused.headers().firstValue("Location").orElse("")).endsWith("/login?error");
		assertThat(browser.get("/login?error").body()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
		assertThat(browser.get("/login?error&lang=en").body()).contains("Wrong user name or password");
	}

	@Test
	void aLockedLoginSaysWhenToTryAgain() {
		String userId = CsrfApiTest.userIdOf(createUser(this.agency, "clerk"));
		Browser browser = new Browser(this.port);
		String location = "";
		for (int i = 0; i < 8 && !location.endsWith("?locked"); i++) {
			location = browser.formLogin(userId, "sai-" + i).headers().firstValue("Location").orElse("");
		}
		assertThat(location).endsWith("/login?locked");

		String page = browser.get("/login?locked").body();

		assertThat(page).containsPattern("hãy thử lại sau \\d+ phút \\(lúc \\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}\\)");
		assertThat(browser.get("/login?locked&lang=en").body())
			.containsPattern("try again in \\d+ minute\\(s\\) \\(at \\d\\d:\\d\\d");
		assertThat(new Browser(this.port).get("/login?locked").body())
			.as("another browser learns no time from the address alone")
			.doesNotContainPattern("lúc \\d\\d:\\d\\d");
	}

	@Test
	void signingOutSaysSo() {
		String userId = CsrfApiTest.userIdOf(createUser(this.agency, "clerk"));
		Browser browser = new Browser(this.port);
		browser.formLogin(userId, PASSWORD);
		assertThat(browser.get("/home").body()).as("the page carries the sign-out form").contains("/logout");

		// As a browser sends it: a script without Accept: text/html is answered 204
		// instead.
		HttpResponse<String> out = browser.postForm("/logout", "_csrf=" + browser.cookie("XSRF-TOKEN"), "Accept",
				"text/html,application/xhtml+xml");

		assertThat(out.headers().firstValue("Location").orElse(""))
			.as(out.statusCode() + " " + out.headers() + " " + browser.cookie("XSRF-TOKEN"))
			.endsWith("/login?logout");
		assertThat(browser.get("/login?logout").body()).contains("Bạn đã đăng xuất.");
		assertThat(browser.get("/").body()).contains("<h1>Đăng nhập</h1>");
	}

	@Test
	void managersLandOnTheDashboardAndOfficersOnTheirHomePage() {
		Browser manager = new Browser(this.port);
		manager.formLogin(CsrfApiTest.userIdOf(createUser(this.agency, "manager")), PASSWORD);
		Browser head = new Browser(this.port);
		head.formLogin(CsrfApiTest.userIdOf(createUser(this.agency, "agency-head")), PASSWORD);

		assertThat(manager.get("/").headers().firstValue("Location").orElse("")).endsWith("/dashboard");
		assertThat(head.get("/").headers().firstValue("Location").orElse("")).endsWith("/home");
		assertThat(head.get("/home").body()).contains("Công việc của tôi", "Hồ sơ đến hạn trong 90 ngày", "Báo cáo");
		assertThat(manager.get("/dashboard").body()).contains("<h1>Bảng điều khiển</h1>", "Toàn tỉnh, mọi cơ quan");
	}

}
