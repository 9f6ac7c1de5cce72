package vn.luutru.web;

import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.luutru.support.Api;
import vn.luutru.support.ApiTest;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /account}: a browser user sees their profile and changes their password through
 * a form with a CSRF token, under the same policy as {@code /api/v1/users/me/password}.
 */
@ApiTest
class AccountPageApiTest extends ApiTestSupport {

	private static final String NEW_PASSWORD = "Lưu trữ bền lâu 2026";

	@Test
	void changesThePasswordThroughTheForm() {
		String userId = newClerk();
		PageSession browser = PageSession.signIn(this.port, userId, PASSWORD);
		PageSession.Page account = browser.get("/account");
		assertThat(account.status()).isEqualTo(200);
		assertThat(account.body()).contains(userId, "Nguyễn Văn Thử", "Văn thư / Cán bộ lập hồ sơ", "Đổi mật khẩu",
				"name=\"_csrf\"");

		PageSession.Page changed = browser.submit("/account", "/account/password",
				Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(302);
		assertThat(changed.location()).endsWith("/account?changed");
		assertThat(browser.get("/account?changed").body()).contains("Đã đổi mật khẩu.");

		assertThat(as(userId).get("/api/v1/users/me").status()).as("the old password").isEqualTo(401);
		assertThat(new Api(this.port, userId, NEW_PASSWORD).get("/api/v1/users/me").status()).isEqualTo(200);
	}

	@Test
	void weakPasswordShowsThePolicyInBothLanguagesAndChangesNothing() {
		String userId = newClerk();
		PageSession browser = PageSession.signIn(this.port, userId, PASSWORD);

		PageSession.Page refused = browser.submit("/account", "/account/password",
				Map.of("currentPassword", PASSWORD, "newPassword", "ngan"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("text/html");
		assertThat(refused.body())
			.contains("id=\"error-newPassword\"", "Mật khẩu phải có ít nhất 8 ký tự",
					"The password needs at least 8 characters")
			.doesNotContain("id=\"error-currentPassword\"");

		PageSession.Page wrong = browser.submit("/account", "/account/password",
				Map.of("currentPassword", "sai-mat-khau", "newPassword", NEW_PASSWORD));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.body()).contains("id=\"error-currentPassword\"", "Mật khẩu hiện tại không đúng");

		assertThat(as(userId).get("/api/v1/users/me").status()).as("the password is unchanged").isEqualTo(200);
		assertThat(new Api(this.port, userId, NEW_PASSWORD).get("/api/v1/users/me").status()).isEqualTo(401);
	}

	@Test
	void refusesAFormPostWithoutTheCsrfToken() {
		String userId = newClerk();
		PageSession browser = PageSession.signIn(this.port, userId, PASSWORD);
		PageSession.Page forged = browser.post("/account/password",
				Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD));
		assertThat(forged.status()).isEqualTo(403);
		assertThat(as(userId).get("/api/v1/users/me").status()).as("the password is unchanged").isEqualTo(200);
	}

	private String newClerk() {
		String code = createAgency("Văn phòng UBND tỉnh Sơn La", false).path("code").asText();
		return createUser(code, "clerk").get("/api/v1/users/me").json().path("userId").asText();
	}

}
