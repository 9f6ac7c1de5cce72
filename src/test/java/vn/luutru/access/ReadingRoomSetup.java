package vn.luutru.access;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;

import vn.luutru.support.Api;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Readers registered and approved through the API, as a reader and the archive do. */
final class ReadingRoomSetup {

	private static final AtomicLong IDENTITY = new AtomicLong(System.nanoTime() % 1_000_000_000L);

	private final int port;

	private final Api historicalArchive;

	ReadingRoomSetup(int port, Api historicalArchive) {
		this.port = port;
		this.historicalArchive = historicalArchive;
	}

	static Map<String, Object> registration(String userId, String fullName) {
		Map<String, Object> form = new HashMap<>();
		form.put("userId", userId);
		form.put("password", ApiTestSupport.PASSWORD);
		form.put("fullName", fullName);
		form.put("birthDate", "1990-05-17");
		form.put("identityNumber", String.format("%012d", IDENTITY.incrementAndGet()));
		form.put("nationality", "Việt Nam");
		form.put("address", "Số 5 đường Tô Hiệu, phường Tô Hiệu, tỉnh Sơn La");
		form.put("phone", "0912345678");
		form.put("email", userId + "@example.vn");
		form.put("organisation", "Trường Đại học Tây Bắc");
		return form;
	}

	/** A reader who registered himself; still waiting for the archive. */
	Api register(String userId, String fullName) {
		Api.Response r = new Api(this.port, null, null).post("/api/v1/readers", registration(userId, fullName));
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		assertThat(r.json().path("status").asText()).isEqualTo("PENDING");
		return new Api(this.port, userId, ApiTestSupport.PASSWORD);
	}

	/** A reader registered and approved by the historical archive. */
	Api approved(String userId, String fullName) {
		Api reader = register(userId, fullName);
		approvedAlready(userId);
		return reader;
	}

	/** The historical archive approves a registered reader. */
	void approvedAlready(String userId) {
		Api.Response decided = this.historicalArchive.post("/api/v1/readers/" + userId + "/decision",
				Map.of("decision", "APPROVE"));
		assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
		assertThat(decided.json().path("status").asText()).isEqualTo("APPROVED");
	}

	static Api.Response ask(Api reader, String purpose, String... fileCodes) {
		return reader.post("/api/v1/access-requests", Map.of("fileCodes", List.of(fileCodes), "purpose", purpose,
				"purposeContent", "Nghiên cứu lịch sử hành chính tỉnh Sơn La"));
	}

	static String page(JsonNode grant, long documentId, int page) {
		return "/api/v1/grants/" + grant.path("id").asLong() + "/documents/" + documentId + "/pages/" + page;
	}

}
