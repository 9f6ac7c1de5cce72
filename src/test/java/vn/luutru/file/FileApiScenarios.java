package vn.luutru.file;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.luutru.support.Api;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

abstract class FileApiScenarios extends ApiTestSupport {

	private String agencyCode;

	private Api clerk;

	@BeforeEach
	void agencyWithClerk() {
		this.agencyCode = createAgency("Sở Nội vụ tỉnh Sơn La", false).path("code").asText();
		this.clerk = createUser(this.agencyCode, "clerk");
	}

	static Map<String, Object> outsidePlan(String notation, String title) {
		Map<String, Object> body = new HashMap<>();
		body.put("year", 2024);
		body.put("fileNotation", notation);
		body.put("title", title);
		body.put("maintenanceCode", "06");
		body.put("startDate", "2024-02-01");
		return body;
	}

	@Test
	void opensFileOutsideThePlanWithGeneratedCode() {
		Api.Response r = this.clerk.post("/api/v1/files",
				outsidePlan("01.TCCB", "Hồ sơ tuyển dụng công chức năm 2024"));
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		JsonNode file = r.json();
		assertThat(file.path("fileCode").asText()).isEqualTo(this.agencyCode + ".2024.01.TCCB");
		assertThat(file.path("status").asText()).isEqualTo("OPEN");
		assertThat(file.path("retentionYears").asInt()).isEqualTo(10);
		assertThat(file.path("schemaVersion").asText()).isEqualTo("TT05/2025");
		assertThat(file.path("docTotal").asInt()).isZero();
	}

	@Test
	void rejectsEveryBadFieldOfAFileAtOnce() {
		Map<String, Object> body = new HashMap<>();
		body.put("year", 2024);
		body.put("fileNotation", "TCCB/01");
		body.put("title", "x".repeat(1001));
		body.put("maintenanceCode", "07");
		body.put("accessMode", "09");
		body.put("startDate", "2199-01-01");
		body.put("confidenceLevel", "02");
		Api.Response r = this.clerk.post("/api/v1/files", body);
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.errorFields()).contains("fileNotation", "title", "retentionYears", "accessMode", "startDate",
				"paperFileCode");
	}

	@Test
	void rejectsImpossibleDateAndUnknownRetentionRule() {
		Map<String, Object> body = outsidePlan("02.VP", "Tập công văn");
		body.put("startDate", "2024-02-30");
		Api.Response r = this.clerk.post("/api/v1/files", body);
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.errorFields()).containsExactly("startDate");
		body.remove("startDate");
		body.put("retentionRuleCode", "KHONG-CO");
		r = this.clerk.post("/api/v1/files", body);
		assertThat(r.errorFields()).containsExactly("retentionRuleCode");
	}

	@Test
	void refusesASecondFileWithTheSameCode() {
		assertThat(this.clerk.post("/api/v1/files", outsidePlan("03.VP", "Tập lưu văn bản đi")).status())
			.isEqualTo(201);
		Api.Response again = this.clerk.post("/api/v1/files", outsidePlan("03.VP", "Tập lưu văn bản đi"));
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.errorFields()).containsExactly("fileNotation");
	}

	@Test
	void otherAgenciesCannotSeeTheFileButManagersCan() {
		long id = this.clerk.post("/api/v1/files", outsidePlan("04.VP", "Hồ sơ hội nghị")).json().path("id").asLong();
		String other = createAgency("Sở Tài chính tỉnh Sơn La", false).path("code").asText();
		Api stranger = createUser(other, "clerk");
		assertThat(stranger.get("/api/v1/files/" + id).status()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/files?agencyCode=" + this.agencyCode).json().path("total").asLong()).isZero();
		Api manager = createUser(other, "manager");
		assertThat(manager.get("/api/v1/files/" + id).status()).isEqualTo(200);
		assertThat(manager.post("/api/v1/files", outsidePlan("05.VP", "Không được mở")).status()).isEqualTo(403);
		assertThat(stranger.post("/api/v1/files/" + id + "/close", Map.of()).status()).isEqualTo(404);
	}

	@Test
	void findsDecomposedTitleWithComposedSearchAndBack() {
		String nfd = Normalizer.normalize("Hồ sơ thi đua khen thưởng năm 2024", Normalizer.Form.NFD);
		assertThat(this.clerk.post("/api/v1/files", outsidePlan("06.TĐKT", nfd)).status()).isEqualTo(201);
		String q = "khen%20th%C6%B0%E1%BB%9Fng"; // "khen thưởng" in NFC
		JsonNode found = this.clerk.get("/api/v1/files?agencyCode=" + this.agencyCode + "&q=" + q).json();
		assertThat(found.path("total").asLong()).isEqualTo(1);
		assertThat(found.path("items").get(0).path("title").asText())
			.isEqualTo(Normalizer.normalize(nfd, Normalizer.Form.NFC));
		String nfdQuery = java.net.URLEncoder.encode(Normalizer.normalize("thi đua", Normalizer.Form.NFD),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(this.clerk.get("/api/v1/files?q=" + nfdQuery).json().path("total").asLong()).isEqualTo(1);
	}

	@Test
	void filtersByYearStatusAndRetention() {
		this.clerk.post("/api/v1/files", outsidePlan("07.VP", "Hồ sơ A"));
		Map<String, Object> permanent = outsidePlan("08.VP", "Hồ sơ B");
		permanent.put("maintenanceCode", "01");
		permanent.put("year", 2023);
		this.clerk.post("/api/v1/files", permanent);
		String base = "/api/v1/files?agencyCode=" + this.agencyCode;
		assertThat(this.clerk.get(base).json().path("total").asLong()).isEqualTo(2);
		assertThat(this.clerk.get(base + "&year=2023").json().path("total").asLong()).isEqualTo(1);
		assertThat(this.clerk.get(base + "&maintenanceCode=01").json().path("items").get(0).path("title").asText())
			.isEqualTo("Hồ sơ B");
		assertThat(this.clerk.get(base + "&status=CLOSED").json().path("total").asLong()).isZero();
		assertThat(this.clerk.get(base + "&status=NONSENSE").status()).isEqualTo(400);
	}

	@Test
	void closesAFileOnceAndChecksTheEndDate() {
		long id = this.clerk.post("/api/v1/files", outsidePlan("09.VP", "Hồ sơ C")).json().path("id").asLong();
		Api.Response early = this.clerk.post("/api/v1/files/" + id + "/close", Map.of("endDate", "2024-01-01"));
		assertThat(early.status()).isEqualTo(400);
		assertThat(early.errorFields()).containsExactly("endDate");
		Api.Response closed = this.clerk.post("/api/v1/files/" + id + "/close", Map.of("endDate", "2024-12-31"));
		assertThat(closed.status()).isEqualTo(200);
		assertThat(closed.json().path("status").asText()).isEqualTo("CLOSED");
		assertThat(closed.json().path("endDate").asText()).isEqualTo("2024-12-31");
		assertThat(this.clerk.post("/api/v1/files/" + id + "/close", Map.of()).status()).isEqualTo(409);
	}

}
