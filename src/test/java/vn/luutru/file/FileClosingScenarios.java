package vn.luutru.file;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.luutru.content.SamplePdfs;
import vn.luutru.support.Api;
import vn.luutru.support.Api.Part;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luutru.common.ProblemAssert.refused;

/** The end date a file closes with starts its retention: it must not come too early. */
abstract class FileClosingScenarios extends ApiTestSupport {

	private Api clerk;

	@BeforeEach
	void agencyWithClerk() {
		String agency = createAgency("Sở Nội vụ tỉnh Sơn La", false).path("code").asText();
		this.clerk = createUser(agency, "clerk");
	}

	private long open(String notation, String startDate) {
		Map<String, Object> body = FileApiScenarios.outsidePlan(notation, "Hồ sơ " + notation);
		body.put("startDate", startDate);
		Api.Response r = this.clerk.post("/api/v1/files", body);
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		return r.json().path("id").asLong();
	}

	private void capture(long fileId, String issuedDate) {
		Map<String, Object> m = new HashMap<>();
		m.put("typeName", "22");
		m.put("issuedDate", issuedDate);
		m.put("organName", "Sở Nội vụ tỉnh Sơn La");
		m.put("subject", "V/v lập hồ sơ");
		m.put("numberOfPage", 1);
		Api.Response r = this.clerk.multipart("/api/v1/files/" + fileId + "/documents", Api.parts("metadata",
				Part.json(m), "content", Part.file("cv.pdf", "application/pdf", SamplePdfs.plainPdf(1))));
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
	}

	@Test
	void refusesAnEndDateBeforeTheFilesOwnDocumentsNamingTheirDates() {
		long id = open("11.VP", "2024-01-02");
		capture(id, "2024-03-10");
		capture(id, "2024-06-20");
		Api.Response r = this.clerk.post("/api/v1/files/" + id + "/close", Map.of("endDate", "2024-05-01"));
		refused(r, 400, "endDate", "ban hành từ 2024-03-10 đến 2024-06-20", "issued from 2024-03-10 to 2024-06-20");
		JsonNode file = this.clerk.get("/api/v1/files/" + id).json();
		assertThat(file.path("status").asText()).isEqualTo("OPEN");
		assertThat(file.path("endDate").isMissingNode()).isTrue();
		Api.Response closed = this.clerk.post("/api/v1/files/" + id + "/close", Map.of("endDate", "2024-06-20"));
		assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
	}

	@Test
	void refusesAnEndDateBeforeTheStartDateEvenWithoutDocuments() {
		long id = open("12.VP", "2024-02-01");
		Api.Response r = this.clerk.post("/api/v1/files/" + id + "/close", Map.of("endDate", "2024-01-31"));
		refused(r, 400, "endDate", "trước ngày bắt đầu (2024-02-01)", "before the start date (2024-02-01)");
		assertThat(this.clerk.get("/api/v1/files/" + id).json().path("status").asText()).isEqualTo("OPEN");
	}

	@Test
	void aFileWithoutStartDateCannotEndBeforeItsFirstDocument() {
		Map<String, Object> body = FileApiScenarios.outsidePlan("13.VP", "Hồ sơ 13.VP");
		body.remove("startDate");
		long id = this.clerk.post("/api/v1/files", body).json().path("id").asLong();
		capture(id, "2024-04-15");
		Api.Response r = this.clerk.post("/api/v1/files/" + id + "/close", Map.of("endDate", "2024-04-14"));
		refused(r, 400, "endDate", "2024-04-15", "2024-04-15");
		Api.Response closed = this.clerk.post("/api/v1/files/" + id + "/close", Map.of());
		assertThat(closed.json().path("startDate").asText()).isEqualTo("2024-04-15");
		assertThat(closed.json().path("endDate").asText()).isEqualTo("2024-04-15");
	}

}
