package vn.luutru.audit;

import java.util.Comparator;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the audit scenarios share: the verdict, and the events as the application reads
 * them.
 */
abstract class AuditScenarioSupport extends ApiTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AuditMapper events;

	@Autowired
	AuditKeys keys;

	JsonNode verify() {
		return this.admin.get("/api/v1/audit/verify").json();
	}

	void assertBroken(long eventId, String reason) {
		JsonNode verdict = verify();
		assertThat(verdict.path("intact").asBoolean()).as(verdict.toString()).isFalse();
		assertThat(verdict.path("reason").asText()).as(verdict.toString()).isEqualTo(reason);
		assertThat(verdict.path("brokenAtEventId").asLong()).as(verdict.toString()).isEqualTo(eventId);
		assertThat(verdict.path("message").asText()).contains("#" + eventId, " / ");
	}

	/** The agency's latest audit event as the application reads it back. */
	AuditEvent lastEventOf(JsonNode agency) {
		return this.events.findByEntity("agency", agency.path("code").asText(), 10)
			.stream()
			.max(Comparator.comparing(AuditEvent::id))
			.orElseThrow();
	}

	static AuditEvent renamed(AuditEvent e) {
		return new AuditEvent(e.id(), e.occurredAt(), e.actor(), e.action(), e.entityType(), e.entityId(), e.agencyId(),
				e.details().replace("Sở ", "Ban "), e.prevHash(), e.hash(), e.keyId());
	}

	/** The event just before this one, as a head row would name it. */
	AuditHead lastBefore(long id) {
		return this.jdbc.queryForObject(
				"select id, hash from lt_audit_event where id = (select max(id) from lt_audit_event where id < ?)",
				(rs, n) -> new AuditHead(rs.getLong(1), rs.getString(2), null, null), id);
	}

}
