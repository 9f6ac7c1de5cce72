package vn.luutru.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import vn.luutru.support.Api;
import vn.luutru.support.ApiTest;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page a browser may not have answers with a Vietnamese-first HTML page in the layout
 * of the others, a link home and the same messages the API gives; the API keeps its
 * problem details.
 */
@ApiTest
class PageRefusalsApiTest extends ApiTestSupport {

	@Test
	void badFilterOnAPageAnswersAnHtmlPageAndTheApiItsProblem() {
		String code = createAgency("Sở Tư pháp tỉnh Sơn La", false).path("code").asText();
		String officer = userId(createUser(code, "archivist"));
		PageSession browser = PageSession.signIn(this.port, officer, PASSWORD);

		PageSession.Page page = browser.get("/dashboard?year=1800");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.body()).contains("<html lang=\"vi\"", "Yêu cầu không hợp lệ", "năm phải từ",
				"the year must be between", "id=\"refusal-home\"", "class=\"topbar\"");

		Api.Response api = as(officer).get("/api/v1/dashboard?year=1800");
		assertThat(api.status()).isEqualTo(400);
		assertThat(api.contentType()).startsWith("application/problem+json");
		assertThat(api.errorFields()).containsExactly("year");

		PageSession.Page badList = browser.get("/dashboard/files?status=KHONG_CO");
		assertThat(badList.status()).isEqualTo(400);
		assertThat(badList.body()).contains("<code>status</code>");
	}

	@Test
	void anotherAgencysDashboardIsRefusedWithAPage() {
		String own = createAgency("Sở Y tế tỉnh Sơn La", false).path("code").asText();
		long other = createAgency("Sở Xây dựng tỉnh Sơn La", false).path("id").asLong();
		String officer = userId(createUser(own, "archivist"));
		PageSession browser = PageSession.signIn(this.port, officer, PASSWORD);

		PageSession.Page page = browser.get("/dashboard?agencyId=" + other);
		assertThat(page.status()).isEqualTo(403);
		assertThat(page.contentType()).startsWith("text/html");
		assertThat(page.body())
			.contains("Bạn không có quyền xem trang này", "Bạn không có quyền thực hiện thao tác này",
					"You are not allowed to do this")
			.doesNotContain("Sở Xây dựng");

		Api.Response api = as(officer).get("/api/v1/dashboard?agencyId=" + other);
		assertThat(api.status()).isEqualTo(403);
		assertThat(api.json().path("detailEn").asText()).isEqualTo("You are not allowed to do this");
	}

	@Test
	void unknownAgencyAndUnknownPageAreNotFoundPages() {
		String code = createAgency("Sở Công Thương tỉnh Sơn La", false).path("code").asText();
		String manager = userId(createUser(code, "manager"));
		PageSession browser = PageSession.signIn(this.port, manager, PASSWORD);

		PageSession.Page agency = browser.get("/dashboard?agencyId=987654321");
		assertThat(agency.status()).isEqualTo(404);
		assertThat(agency.body()).contains("Không tìm thấy", "987.654.321");
		assertThat(as(manager).get("/api/v1/dashboard?agencyId=987654321").json().path("status").asInt())
			.isEqualTo(404);

		PageSession.Page missing = browser.get("/khong-co-trang-nay");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.contentType()).startsWith("text/html");
		assertThat(missing.body()).contains("Không có trang này", "There is no such page");
	}

	private static String userId(Api user) {
		JsonNode me = user.get("/api/v1/users/me").json();
		return me.path("userId").asText();
	}

}
