package vn.luutru.audit;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

abstract class AuditChainScenarios extends ApiTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyChangeLeavesAnIntactChain() {
		String code = createAgency("Sở Giáo dục và Đào tạo tỉnh Sơn La", false).path("code").asText();
		createUser(code, "archivist");
		JsonNode verdict = this.admin.get("/api/v1/audit/verify").json();
		assertThat(verdict.path("intact").asBoolean()).as(verdict.toString()).isTrue();
		assertThat(verdict.path("eventsChecked").asLong()).isGreaterThanOrEqualTo(2);
		JsonNode events = this.admin.get("/api/v1/audit?entityType=agency&entityId=" + code).json();
		assertThat(events.get(0).path("action").asText()).isEqualTo("AGENCY_CREATED");
		assertThat(events.get(0).path("actor").asText()).isEqualTo("admin");
	}

	@Test
	void showsWhereAnAlteredEventBreaksTheChain() {
		String code = createAgency("Sở Y tế tỉnh Sơn La", false).path("code").asText();
		long id = this.jdbc.queryForObject(
				"select max(id) from lt_audit_event where entity_type = 'agency' and entity_id = ?", Long.class, code);
		String original = this.jdbc.queryForObject("select details from lt_audit_event where id = ?", String.class, id);
		this.jdbc.update("update lt_audit_event set details = ? where id = ?",
				original.replace("Sở Y tế", "Sở Xây dựng"), id);
		try {
			JsonNode verdict = this.admin.get("/api/v1/audit/verify").json();
			assertThat(verdict.path("intact").asBoolean()).isFalse();
			assertThat(verdict.path("brokenAtEventId").asLong()).isEqualTo(id);
			assertThat(verdict.path("reason").asText()).isEqualTo("EVENT_ALTERED");
		}
		finally {
			this.jdbc.update("update lt_audit_event set details = ? where id = ?", original, id);
		}
		assertThat(this.admin.get("/api/v1/audit/verify").json().path("intact").asBoolean()).isTrue();
	}

	@Test
	void noticesADeletedEvent() {
		createAgency("Sở Công Thương tỉnh Sơn La", false);
		createAgency("Sở Tư pháp tỉnh Sơn La", false);
		Map<String, Object> last = this.jdbc
			.queryForMap("select * from lt_audit_event where id = (select max(id) - 1 from lt_audit_event)");
		long id = ((Number) last.get("id")).longValue();
		this.jdbc.update("delete from lt_audit_event where id = ?", id);
		try {
			JsonNode verdict = this.admin.get("/api/v1/audit/verify").json();
			assertThat(verdict.path("intact").asBoolean()).isFalse();
			assertThat(verdict.path("brokenAtEventId").asLong()).isEqualTo(id + 1);
			assertThat(verdict.path("reason").asText()).isEqualTo("PREVIOUS_EVENT_MISSING_OR_ALTERED");
		}
		finally {
			this.jdbc.update(
					"insert into lt_audit_event (id, occurred_at, actor, action, entity_type, entity_id, agency_id,"
							+ " details, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					last.get("id"), last.get("occurred_at"), last.get("actor"), last.get("action"),
					last.get("entity_type"), last.get("entity_id"), last.get("agency_id"), last.get("details"),
					last.get("prev_hash"), last.get("hash"));
		}
		assertThat(this.admin.get("/api/v1/audit/verify").json().path("intact").asBoolean()).isTrue();
	}

	@Test
	void onlyAdminsManagersAndArchivistsVerify() {
		String code = createAgency("Sở Nông nghiệp và Môi trường tỉnh Sơn La", false).path("code").asText();
		assertThat(createUser(code, "clerk").get("/api/v1/audit/verify").status()).isEqualTo(403);
		assertThat(createUser(code, "archivist").get("/api/v1/audit/verify").status()).isEqualTo(200);
	}

}
