package vn.luutru.audit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import vn.luutru.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

abstract class AuditCheckpointScenarios extends AuditScenarioSupport {

	@Test
	void rotatesTheKeyAndStillVerifies() {
		AuditEvent before = lastEventOf(createAgency("Sở Xây dựng tỉnh Điện Biên", false));
		String code = createAgency("Sở Y tế tỉnh Điện Biên", false).path("code").asText();
		assertThat(createUser(code, "manager").post("/api/v1/audit/key-rotations", "").status()).isEqualTo(403);

		Api.Response rotated = this.admin.post("/api/v1/audit/key-rotations", "");
		assertThat(rotated.status()).as(rotated.toString()).isEqualTo(201);
		String from = rotated.json().path("fromKeyId").asText();
		String to = rotated.json().path("toKeyId").asText();
		assertThat(from).isEqualTo(before.keyId());
		assertThat(to).matches("[0-9a-f]{8}").isNotEqualTo(from);
		JsonNode recorded = this.admin.get("/api/v1/audit?entityType=audit-key&entityId=" + to).json();
		assertThat(recorded.get(0).path("action").asText()).isEqualTo("AUDIT_KEY_ROTATED");
		assertThat(recorded.get(0).path("keyId").asText()).isEqualTo(to);
		assertThat(recorded.get(0).path("details").asText()).contains(from, to);

		AuditEvent after = lastEventOf(createAgency("Sở Tư pháp tỉnh Điện Biên", false));
		assertThat(after.keyId()).isEqualTo(to);
		JsonNode verdict = verify();
		assertThat(verdict.path("intact").asBoolean()).as(verdict.toString()).isTrue();
	}

	@Test
	void aDownloadedCheckpointCarriesAValidSignature() throws Exception {
		AuditEvent head = lastEventOf(createAgency("Sở Công Thương tỉnh Điện Biên", false));
		JsonNode checkpoint = takeCheckpoint();
		assertThat(checkpoint.path("eventId").asLong()).isEqualTo(head.id());
		assertThat(this.admin.post("/api/v1/audit/checkpoints", "").status()).as("head did not move").isEqualTo(204);
		JsonNode listed = this.admin.get("/api/v1/audit/checkpoints").json();
		assertThat(listed.get(0).path("id").asLong()).isEqualTo(checkpoint.path("id").asLong());

		HttpResponse<byte[]> file = download(checkpoint.path("id").asLong());
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment")
			.contains("luutru-audit-checkpoint-" + head.id() + ".json");
		AuditCheckpointDocument document = Api.JSON.readValue(file.body(), AuditCheckpointDocument.class);
		assertThat(document.eventId()).isEqualTo(head.id());
		assertThat(document.hash()).isEqualTo(head.hash());
		assertThat(document.signatureValid(this.keys.byId(document.keyId()))).isTrue();
		AuditCheckpointDocument forged = new AuditCheckpointDocument(document.eventId() - 1, document.hash(),
				document.count(), document.keyId(), document.createdAt(), document.previous(), document.signature());
		assertThat(forged.signatureValid(this.keys.byId(document.keyId()))).isFalse();
		assertThat(verify().path("intact").asBoolean()).isTrue();
	}

	@Test
	void aCheckpointCatchesATailDeletedOrReSignedWithTheKey() {
		createAgency("Sở Tài chính tỉnh Điện Biên", false);
		AuditEvent checkpointed = lastEventOf(createAgency("Sở Nội vụ tỉnh Điện Biên", false));
		assertThat(takeCheckpoint().path("eventId").asLong()).isEqualTo(checkpointed.id());
		createAgency("Sở Văn hoá tỉnh Điện Biên", false);
		AuditKey key = this.keys.current();
		AuditHead before = lastBefore(checkpointed.id());
		try (AuditTampering t = new AuditTampering(this.jdbc, checkpointed.id())) {
			// Someone holding the key deletes the tail and signs the head row again: the
			// chain alone looks whole, the checkpoint does not.
			t.deleteFrom(checkpointed.id());
			t.pointHeadAt(before.lastEventId(), before.lastHash(), key);
			assertBroken(checkpointed.id(), "LATEST_EVENTS_MISSING");
		}
		assertThat(verify().path("intact").asBoolean()).isTrue();
		try (AuditTampering t = new AuditTampering(this.jdbc, checkpointed.id())) {
			// The checkpointed event rewritten and signed again with the key: its own
			// hash
			// holds, the checkpoint's record of it does not.
			t.rewrite(List.of(checkpointed), key.id(), (e) -> AuditHash.signed(key, e), AuditScenarioSupport::renamed);
			assertBroken(checkpointed.id(), "CHECKPOINT_MISMATCH");
		}
		assertThat(verify().path("intact").asBoolean()).isTrue();
	}

	JsonNode takeCheckpoint() {
		Api.Response r = this.admin.post("/api/v1/audit/checkpoints", "");
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		return r.json();
	}

	HttpResponse<byte[]> download(long id) throws Exception {
		String basic = Base64.getEncoder().encodeToString("admin:admin-test-pw".getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.admin.base() + "/api/v1/audit/checkpoints/" + id))
			.header("Authorization", "Basic " + basic)
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

}
