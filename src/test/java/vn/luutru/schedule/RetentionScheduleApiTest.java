package vn.luutru.schedule;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import vn.luutru.support.Api;
import vn.luutru.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class RetentionScheduleApiTest extends ScheduleApiSupport {

	@Test
	void everyoneSignedInReadsTheSeededCommonSchedule() {
		Api clerk = createUser(newAgency("Sở Tư pháp tỉnh Sơn La"), "clerk");
		JsonNode rules = clerk.get(RULES).json();
		assertThat(rules.size()).isGreaterThanOrEqualTo(40);
		JsonNode annualReports = find(rules, "2");
		assertThat(annualReports.path("title").asText())
			.isEqualTo("Kế hoạch, báo cáo công tác dài hạn, năm của cơ quan");
		assertThat(annualReports.path("maintenanceCode").asText()).isEqualTo("01");
		assertThat(annualReports.path("actionAtEnd").asText()).isEqualTo("TRANSFER");
		assertThat(annualReports.path("legalBasis").asText()).isEqualTo("Thông tư 10/2022/TT-BNV");
		assertThat(find(rules, "18").path("retentionYears").asInt()).isEqualTo(70);
		assertThat(find(rules, "33").path("retentionYears").asInt()).isEqualTo(5);
		assertThat(anonymous().get(RULES).status()).isEqualTo(401);
	}

	@Test
	void filtersRulesByHeading() {
		String heading = URLEncoder.encode("Tài liệu tài chính, kế toán", StandardCharsets.UTF_8);
		JsonNode finance = this.admin.get(RULES + "?heading=" + heading + "&active=true").json();
		assertThat(finance.size()).isEqualTo(8);
		finance.forEach((r) -> assertThat(r.path("heading").asText()).isEqualTo("Tài liệu tài chính, kế toán"));
	}

	@Test
	void archivistCreatesRuleWithNormalisedTextAndAudit() {
		Api archivist = createUser(newAgency("Sở Y tế tỉnh Sơn La"), "archivist");
		String code = newRuleCode();
		Map<String, Object> body = rule(code, "07", 15, "DESTROY");
		// Decomposed (NFD) Vietnamese, as some keyboards send it.
		body.put("title", "  Hồ sơ thanh tra vụ việc khác  ".replace("ồ", "ô\u0300"));
		JsonNode rule = created(archivist.post(RULES, body));
		assertThat(rule.path("title").asText()).isEqualTo("Hồ sơ thanh tra vụ việc khác");
		assertThat(rule.path("retentionYears").asInt()).isEqualTo(15);
		assertThat(rule.path("active").asBoolean()).isTrue();
		assertThat(archivist.get(RULES + "/" + rule.path("id").asLong()).json().path("code").asText()).isEqualTo(code);
		JsonNode events = this.admin.get("/api/v1/audit?entityType=retention_rule&entityId=" + code).json();
		assertThat(events.get(0).path("action").asText()).isEqualTo("RETENTION_RULE_CREATED");
	}

	@Test
	void fixedCodeFillsItsOwnYears() {
		JsonNode rule = created(this.admin.post(RULES, rule(newRuleCode(), "06", null, "DESTROY")));
		assertThat(rule.path("retentionYears").asInt()).isEqualTo(10);
	}

	@Test
	void archivistChangesAndDeactivatesRule() {
		String code = newRuleCode();
		long id = created(this.admin.post(RULES, rule(code, "05", 20, "DESTROY"))).path("id").asLong();
		Api archivist = createUser(newAgency("Sở Xây dựng tỉnh Sơn La"), "archivist");
		Map<String, Object> change = rule(null, "01", null, "TRANSFER");
		change.put("title", "Hồ sơ công trình trọng điểm");
		Api.Response updated = archivist.put(RULES + "/" + id, change);
		assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
		assertThat(updated.json().path("code").asText()).isEqualTo(code);
		assertThat(updated.json().path("maintenanceCode").asText()).isEqualTo("01");
		assertThat(updated.json().path("retentionYears").isMissingNode()).isTrue();

		JsonNode deactivated = archivist.post(RULES + "/" + id + "/deactivate", "").json();
		assertThat(deactivated.path("active").asBoolean()).isFalse();
		assertThat(this.admin.get(RULES + "?active=false").json().findValuesAsText("code")).contains(code);
		assertThat(this.admin.get(RULES + "?active=true").json().findValuesAsText("code")).doesNotContain(code);
		JsonNode events = this.admin.get("/api/v1/audit?entityType=retention_rule&entityId=" + code).json();
		assertThat(events.findValuesAsText("action")).contains("RETENTION_RULE_UPDATED", "RETENTION_RULE_DEACTIVATED");
	}

	@Test
	void codeCannotChangeOnUpdate() {
		long id = created(this.admin.post(RULES, rule(newRuleCode(), "06", 10, "DESTROY"))).path("id").asLong();
		Api.Response r = this.admin.put(RULES + "/" + id, rule(newRuleCode(), "06", 10, "DESTROY"));
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.errorFields()).containsExactly("code");
	}

	@Test
	void clerksAndManagersCannotChangeTheSchedule() {
		String agency = newAgency("UBND huyện Mai Sơn");
		Api clerk = createUser(agency, "clerk");
		Api manager = createUser(agency, "manager");
		assertThat(clerk.post(RULES, rule(newRuleCode(), "06", 10, "DESTROY")).status()).isEqualTo(403);
		assertThat(manager.post(RULES, rule(newRuleCode(), "06", 10, "DESTROY")).status()).isEqualTo(403);
		assertThat(clerk.put(RULES + "/1", rule("1", "01", null, "TRANSFER")).status()).isEqualTo(403);
		assertThat(clerk.post(RULES + "/1/deactivate", "").status()).isEqualTo(403);
		assertThat(this.admin.get(RULES + "/1").json().path("active").asBoolean()).isTrue();
	}

	@Test
	void unknownRuleIsNotFound() {
		assertThat(this.admin.get(RULES + "/999999").status()).isEqualTo(404);
	}

	static JsonNode find(JsonNode rules, String code) {
		for (JsonNode r : rules) {
			if (r.path("code").asText().equals(code)) {
				return r;
			}
		}
		throw new AssertionError("no rule " + code);
	}

}
