package vn.luutru.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.luutru.support.Api;
import vn.luutru.support.ApiTest;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webapps load LuuTru's configuration and Vietnamese texts, not Camunda's, before
 * anyone signs in (their login page is in Vietnamese too), as UTF-8 so the diacritics
 * arrive whole.
 */
@ApiTest
class WebappLocalesApiTest extends ApiTestSupport {

	@Test
	void tasklistConfigOffersVietnameseFirst() {
		Api.Response config = anonymous().get("/camunda/app/tasklist/scripts/config.js");
		assertThat(config.status()).isEqualTo(200);
		assertThat(config.text()).contains("availableLocales: ['vi', 'en']", "fallbackLocale: 'vi'",
				"'scripts/luutru-language'", "'scripts/luutru-forms'", "'scripts/luutru-claim'");
		Api.Response language = anonymous().get("/camunda/app/tasklist/scripts/luutru-language.js");
		assertThat(language.status()).isEqualTo(200);
		assertThat(language.contentType()).contains("javascript");
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "welcome", "admin", "cockpit" })
	void vietnameseTextsAreServedAsUtf8(String app) {
		Api.Response vi = anonymous().get("/camunda/app/" + app + "/locales/vi.json");
		assertThat(vi.status()).isEqualTo(200);
		assertThat(vi.contentType()).containsIgnoringCase("json");
		String text = new String(vi.body(), StandardCharsets.UTF_8);
		assertThat(text).doesNotStartWith("\uFEFF").contains("\"PAGE_LOGIN_SIGN_IN_ACTION\": \"Đăng nhập\"");
		assertThat(vi.json().path("labels").path("PAGE_LOGIN_PASSWORD").asText()).isEqualTo("Mật khẩu");
	}

	@Test
	void tasklistTextsSayClaimAndComplete() {
		Api.Response vi = anonymous().get("/camunda/app/tasklist/locales/vi.json");
		assertThat(vi.json().path("labels").path("CLAIM_TASK").asText()).isEqualTo("Nhận việc");
		assertThat(vi.json().path("labels").path("COMPLETE").asText()).isEqualTo("Hoàn thành");
		assertThat(vi.json().path("dateLocales").path("weekdays").get(1).asText()).isEqualTo("Thứ hai");
	}

}
