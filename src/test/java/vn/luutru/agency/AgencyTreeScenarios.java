package vn.luutru.agency;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import vn.luutru.support.Api;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changes to the agency tree through the API: a parent that would make a loop is refused
 * with a message on {@code parentCode}; a change that leaves out a flag or the parent
 * keeps what was stored. Run on H2 and on MariaDB.
 */
abstract class AgencyTreeScenarios extends ApiTestSupport {

	@Test
	void refusesAnAgencyAsItsOwnParent() {
		JsonNode agency = createAgency("Sở Nội vụ tỉnh Sơn La", false);
		Api.Response r = this.admin.put("/api/v1/agencies/" + agency.path("id").asLong(),
				change(agency, "parentCode", agency.path("code").asText()));
		assertCycleRefused(r);
		assertThat(reread(agency).hasNonNull("parentId")).isFalse();
	}

	@Test
	void refusesAParentBelowTheAgency() {
		JsonNode province = createAgency("UBND tỉnh Sơn La", false);
		JsonNode department = createAgency("Sở Tài chính tỉnh Sơn La", false);
		JsonNode office = createAgency("Văn phòng Sở Tài chính", false);
		assertThat(this.admin.put(path(department), change(department, "parentCode", code(province))).status())
			.isEqualTo(200);
		assertThat(this.admin.put(path(office), change(office, "parentCode", code(department))).status())
			.isEqualTo(200);

		assertCycleRefused(this.admin.put(path(province), change(province, "parentCode", code(office))));
		assertCycleRefused(this.admin.put(path(department), change(department, "parentCode", code(office))));
		assertThat(reread(province).hasNonNull("parentId")).isFalse();
		assertThat(reread(department).path("parentId").asLong()).isEqualTo(province.path("id").asLong());
	}

	@Test
	void aChangeLeavingOutTheFlagsAndParentKeepsThem() {
		JsonNode parent = createAgency("UBND tỉnh Sơn La", false);
		JsonNode archive = createAgency("Trung tâm Lưu trữ lịch sử tỉnh Sơn La", true);
		this.admin.put(path(archive), change(archive, "parentCode", code(parent)));

		Map<String, Object> renameOnly = Map.of("code", code(archive), "fondsCode", archive.path("fondsCode").asText(),
				"name", "Trung tâm Lưu trữ lịch sử");
		Api.Response r = this.admin.put(path(archive), renameOnly);

		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		assertThat(r.json().path("name").asText()).isEqualTo("Trung tâm Lưu trữ lịch sử");
		assertThat(r.json().path("historicalArchive").asBoolean()).isTrue();
		assertThat(r.json().path("transferSource").asBoolean()).isTrue();
		assertThat(r.json().path("parentId").asLong()).isEqualTo(parent.path("id").asLong());
	}

	@Test
	void aChangeSendingTheFlagsFalseOrAnEmptyParentClearsThem() {
		JsonNode parent = createAgency("UBND tỉnh Sơn La", false);
		JsonNode agency = createAgency("Sở Y tế tỉnh Sơn La", true);
		this.admin.put(path(agency), change(agency, "parentCode", code(parent)));

		Map<String, Object> cleared = change(agency, "parentCode", "");
		cleared.put("historicalArchive", false);
		cleared.put("transferSource", false);
		Api.Response r = this.admin.put(path(agency), cleared);

		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		assertThat(r.json().path("historicalArchive").asBoolean()).isFalse();
		assertThat(r.json().path("transferSource").asBoolean()).isFalse();
		assertThat(r.json().hasNonNull("parentId")).isFalse();
	}

	private static void assertCycleRefused(Api.Response r) {
		assertThat(r.status()).as(r.toString()).isEqualTo(400);
		assertThat(r.errorFields()).containsExactly("parentCode");
		JsonNode error = r.json().path("errors").get(0);
		assertThat(error.path("code").asText()).isEqualTo("error.agencyCycle");
		assertThat(error.path("message").asText()).contains("không được trực thuộc chính nó");
		assertThat(error.path("messageEn").asText()).contains("cannot sit under itself");
	}

	/** The agency as sent at creation, with one field changed. */
	private static Map<String, Object> change(JsonNode agency, String field, Object value) {
		Map<String, Object> body = new HashMap<>();
		body.put("code", code(agency));
		body.put("fondsCode", agency.path("fondsCode").asText());
		body.put("name", agency.path("name").asText());
		body.put(field, value);
		return body;
	}

	private JsonNode reread(JsonNode agency) {
		return this.admin.get(path(agency)).json();
	}

	private static String path(JsonNode agency) {
		return "/api/v1/agencies/" + agency.path("id").asLong();
	}

	private static String code(JsonNode agency) {
		return agency.path("code").asText();
	}

}
