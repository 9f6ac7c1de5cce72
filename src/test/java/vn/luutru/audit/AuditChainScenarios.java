package vn.luutru.audit;

import java.security.SecureRandom;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

abstract class AuditChainScenarios extends AuditScenarioSupport {

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
