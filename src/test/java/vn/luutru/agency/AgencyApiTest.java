package vn.luutru.agency;

import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.luutru.support.Api;
import vn.luutru.support.ApiTest;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class AgencyApiTest extends ApiTestSupport {

	@Test
	void refusesAnonymousCallsToTheApiAndTheEngine() {
		assertThat(anonymous().get("/api/v1/agencies").status()).isEqualTo(401);
		assertThat(anonymous().get("/engine-rest/task").status()).isEqualTo(401);
		assertThat(new Api(this.port, "nobody", "wrong").get("/engine-rest/task").status()).isEqualTo(401);
		assertThat(this.admin.get("/engine-rest/task").status()).isEqualTo(200);
	}

	@Test
	void adminCreatesAgencyThatBecomesAnEngineTenant() {
		var agency = createAgency("Sở Nội vụ tỉnh Sơn La", false);
		String code = agency.path("code").asText();
		assertThat(agency.path("name").asText()).isEqualTo("Sở Nội vụ tỉnh Sơn La");
		var tenant = this.admin.get("/engine-rest/tenant/" + code);
		assertThat(tenant.status()).isEqualTo(200);
		assertThat(tenant.json().path("name").asText()).isEqualTo("Sở Nội vụ tỉnh Sơn La");
	}

	@Test
	void rejectsMalformedAgencyWithEveryBadField() {
		Api.Response r = this.admin.post("/api/v1/agencies",
				Map.of("code", "H53-SNV", "name", "x".repeat(300), "parentCode", "999.99.99.Z99"));
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.errorFields()).contains("code", "fondsCode", "name", "parentCode");
		var first = r.json().path("errors").get(0);
		assertThat(first.path("message").asText()).isNotBlank();
		assertThat(first.path("messageEn").asText()).isNotBlank();
		assertThat(r.json().path("title").asText()).isEqualTo("Dữ liệu không hợp lệ / Invalid input");
	}

	@Test
	void onlyAdminsCreateAgencies() {
		var agency = createAgency("UBND huyện Mộc Châu", false);
		Api clerk = createUser(agency.path("code").asText(), "clerk");
		Api.Response r = clerk.post("/api/v1/agencies",
				Map.of("code", newAgencyCode(), "fondsCode", "P01", "name", "Cơ quan lạ"));
		assertThat(r.status()).isEqualTo(403);
	}

	@Test
	void userSignsInWithRolesAndAgency() {
		var agency = createAgency("Sở Tài chính tỉnh Sơn La", false);
		Api head = createUser(agency.path("code").asText(), "agency-head", "council");
		var me = head.get("/api/v1/users/me").json();
		assertThat(me.path("agencyCode").asText()).isEqualTo(agency.path("code").asText());
		assertThat(me.path("roles").toString()).contains("AGENCY_HEAD", "COUNCIL");
	}

}
