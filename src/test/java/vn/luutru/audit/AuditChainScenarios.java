package vn.luutru.audit;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

abstract class AuditChainScenarios extends AuditScenarioSupport {

	@Autowired
	AuditService audit;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void everyChangeLeavesAnIntactChain() {
		String code = createAgency("Sở Giáo dục và Đào tạo tỉnh Sơn La", false).path("code").asText();
		createUser(code, "archivist");
		JsonNode verdict = verify();
		assertThat(verdict.path("intact").asBoolean()).as(verdict.toString()).isTrue();
		assertThat(verdict.path("eventsChecked").asLong()).isGreaterThanOrEqualTo(2);
		JsonNode events = this.admin.get("/api/v1/audit?entityType=agency&entityId=" + code).json();
		assertThat(events.get(0).path("action").asText()).isEqualTo("AGENCY_CREATED");
		assertThat(events.get(0).path("actor").asText()).isEqualTo("admin");
		assertThat(events.get(0).path("keyId").asText()).matches("[0-9a-f]{8}");
	}

	/**
	 * A bulk step defers its events to its commit: they are written then, in the order
	 * recorded, each with its actor, and the chain stays intact; a step rolled back
	 * leaves none.
	 */
	@Test
	void eventsDeferredToTheCommitAreWrittenInOrderAndOnlyIfItCommits() {
		TransactionTemplate tx = new TransactionTemplate(this.transactions);
		String kept = "deferred-" + System.nanoTime();
		tx.executeWithoutResult((status) -> {
			this.audit.deferToCommit();
			for (int i = 1; i <= 3; i++) {
				this.audit.record(AuditAction.DOCUMENT_CAPTURED, "document", kept + "." + i, null, Map.of("n", i));
				assertThat(this.jdbc.queryForObject("select count(*) from lt_audit_event where entity_id like ?",
						Integer.class, kept + "%"))
					.as("nothing written before the commit")
					.isZero();
			}
		});
		List<Long> ids = this.jdbc.queryForList(
				"select id from lt_audit_event where entity_id like ? order by entity_id", Long.class, kept + "%");
		assertThat(ids).hasSize(3).isSorted();
		// The head is written once, for the last of them (unless a later event moved it).
		assertThat(this.jdbc.queryForObject("select last_event_id from lt_audit_head where id = 1", Long.class))
			.isGreaterThanOrEqualTo(ids.get(2));
		assertThat(this.admin.get("/api/v1/audit?entityType=document&entityId=" + kept + ".2")
			.json()
			.get(0)
			.path("actor")
			.asText()).isEqualTo("system");
		String dropped = "rolled-back-" + System.nanoTime();
		tx.executeWithoutResult((status) -> {
			this.audit.deferToCommit();
			this.audit.record(AuditAction.DOCUMENT_CAPTURED, "document", dropped, null, Map.of());
			status.setRollbackOnly();
		});
		assertThat(this.jdbc.queryForObject("select count(*) from lt_audit_event where entity_id = ?", Integer.class,
				dropped))
			.isZero();
		JsonNode verdict = verify();
		assertThat(verdict.path("intact").asBoolean()).as(verdict.toString()).isTrue();
	}

	@Test
	void showsWhereAnAlteredEventBreaksTheChain() {
		long id = lastEventOf(createAgency("Sở Y tế tỉnh Sơn La", false)).id();
		try (AuditTampering t = new AuditTampering(this.jdbc, id)) {
			this.jdbc.update(
					"update lt_audit_event set details = replace(details, 'Sở Y tế', 'Sở Xây dựng') where id = ?", id);
			assertBroken(id, "EVENT_ALTERED");
		}
		assertThat(verify().path("intact").asBoolean()).isTrue();
	}

	@Test
	void noticesADeletedEvent() {
		long first = lastEventOf(createAgency("Sở Công Thương tỉnh Sơn La", false)).id();
		long second = lastEventOf(createAgency("Sở Tư pháp tỉnh Sơn La", false)).id();
		try (AuditTampering t = new AuditTampering(this.jdbc, first)) {
			this.jdbc.update("delete from lt_audit_event where id = ?", first);
			assertBroken(second, "PREVIOUS_EVENT_MISSING_OR_ALTERED");
		}
		assertThat(verify().path("intact").asBoolean()).isTrue();
	}

	@Test
	void noticesADeletedLastEventEvenWithTheHeadRolledBack() {
		createAgency("Sở Tài chính tỉnh Sơn La", false);
		long last = lastEventOf(createAgency("Sở Nội vụ tỉnh Sơn La", false)).id();
		AuditHead before = lastBefore(last);
		try (AuditTampering t = new AuditTampering(this.jdbc, last)) {
			t.deleteFrom(last);
			assertBroken(last, "LATEST_EVENTS_MISSING");
			// The head row pointed back at the event before, without the key to sign it.
			t.pointHeadAt(before.lastEventId(), before.lastHash(), null);
			assertBroken(last, "LATEST_EVENTS_MISSING");
		}
		assertThat(verify().path("intact").asBoolean()).isTrue();
	}

	@Test
	void noticesATailRewrittenAndReHashedWithoutTheKey() {
		AuditEvent first = lastEventOf(createAgency("Sở Khoa học và Công nghệ tỉnh Sơn La", false));
		AuditEvent second = lastEventOf(createAgency("Sở Văn hoá tỉnh Sơn La", false));
		List<AuditEvent> tail = List.of(first, second);
		AuditKey guessed = AuditKey.of(new SecureRandom().generateSeed(32));
		try (AuditTampering t = new AuditTampering(this.jdbc, first.id())) {
			t.rewrite(tail, first.keyId(), AuditHash::of, AuditScenarioSupport::renamed);
			assertBroken(first.id(), "EVENT_ALTERED");
			t.rewrite(tail, first.keyId(), (e) -> AuditHash.signed(guessed, e), AuditScenarioSupport::renamed);
			assertBroken(first.id(), "EVENT_ALTERED");
			// Passed off as written before the chain was keyed.
			t.rewrite(tail, AuditHash.LEGACY, AuditHash::of, AuditScenarioSupport::renamed);
			assertBroken(first.id(), "LEGACY_HASH_AFTER_KEYED");
		}
		assertThat(verify().path("intact").asBoolean()).isTrue();
	}

	@Test
	void onlyAdminsManagersAndArchivistsVerify() {
		String code = createAgency("Sở Nông nghiệp và Môi trường tỉnh Sơn La", false).path("code").asText();
		assertThat(createUser(code, "clerk").get("/api/v1/audit/verify").status()).isEqualTo(403);
		assertThat(createUser(code, "archivist").get("/api/v1/audit/verify").status()).isEqualTo(200);
	}

}
