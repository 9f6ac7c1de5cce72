package vn.luutru.web;

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

/**
 * A client that lost the answer to an upload sends it again with the same
 * Idempotency-Key: it gets the first answer, and nothing is stored twice.
 */
abstract class IdempotencyScenarios extends ApiTestSupport {

	private String agency;

	private Api clerk;

	private long fileId;

	@BeforeEach
	void openFile() {
		this.agency = createAgency("Sở Nội vụ tỉnh Sơn La", false).path("code").asText();
		this.clerk = createUser(this.agency, "clerk", "archivist");
		this.fileId = this.clerk
			.post("/api/v1/files",
					Map.of("year", 2025, "fileNotation", "03.VP", "title", "Tập công văn đến năm 2025",
							"maintenanceCode", "06", "startDate", "2025-01-02"))
			.json()
			.path("id")
			.asLong();
	}

	private static Map<String, Object> metadata(String number) {
		return Map.of("typeName", "22", "codeNumber", number, "codeNotation", "SNV-VP", "issuedDate", "2025-03-14",
				"organName", "Sở Nội vụ tỉnh Sơn La", "subject", "V/v lập hồ sơ điện tử", "numberOfPage", 1);
	}

	private Api.Response capture(Api who, String key, String number, byte[] pdf) {
		return who
			.multipart(
					"/api/v1/files/" + this.fileId + "/documents", Api.parts("metadata", Part.json(metadata(number)),
							"content", Part.file("cong-van.pdf", "application/pdf", pdf)),
					Map.of("Idempotency-Key", key));
	}

	private int documents() {
		return this.clerk.get("/api/v1/files/" + this.fileId).json().path("docTotal").asInt();
	}

	@Test
	void aRepeatedCaptureAnswersTheFirstResultAndStoresOneDocument() {
		byte[] pdf = SamplePdfs.plainPdf("cong-van-7", 1);
		Api.Response first = capture(this.clerk, "7f1c2a9e-0001", "7", pdf);
		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		// Another multipart boundary, the same parts: the same request.
		Api.Response again = capture(this.clerk, "7f1c2a9e-0001", "7", pdf);
		assertThat(again.status()).as(again.toString()).isEqualTo(201);
		assertThat(again.json()).isEqualTo(first.json());
		assertThat(documents()).isEqualTo(1);
	}

	@Test
	void theSameKeyWithAnotherRequestIsRefusedWith422() {
		byte[] pdf = SamplePdfs.plainPdf("cong-van-8", 1);
		assertThat(capture(this.clerk, "key-8", "8", pdf).status()).isEqualTo(201);
		refused(capture(this.clerk, "key-8", "9", pdf), 422, "Idempotency-Key", "đã dùng cho một yêu cầu khác",
				"used for another request");
		assertThat(documents()).isEqualTo(1);
	}

	@Test
	void aKeyBelongsToItsUser() {
		byte[] pdf = SamplePdfs.plainPdf("cong-van-10", 1);
		assertThat(capture(this.clerk, "key-10", "10", pdf).status()).isEqualTo(201);
		Api colleague = createUser(this.agency, "clerk");
		assertThat(capture(colleague, "key-10", "10", pdf).status()).isEqualTo(201);
		assertThat(documents()).isEqualTo(2);
	}

	@Test
	void aRefusedRequestRepeatedGetsTheSameRefusal() {
		byte[] pdf = SamplePdfs.plainPdf("cong-van-11", 1);
		Api.Response first = capture(this.clerk, "key-11", "123456789012345", pdf);
		refused(first, 400, "codeNumber", "", "");
		Api.Response again = capture(this.clerk, "key-11", "123456789012345", pdf);
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.text()).isEqualTo(first.text());
		assertThat(documents()).isZero();
	}

	@Test
	void aKeyThatIsNoKeyIsRefused() {
		refused(capture(this.clerk, "k".repeat(201), "12", SamplePdfs.plainPdf(1)), 400, "Idempotency-Key",
				"từ 1 đến 200 ký tự", "1 to 200 visible ASCII characters");
		assertThat(documents()).isZero();
	}

	@Test
	void aRepeatedIntakeAnswersTheFirstIntake() {
		byte[] zip = vn.luutru.intake.IntakeUploads.oneDocument("15.VP");
		Map<String, Part> parts = Api.parts("file", Part.file("nhap.zip", "application/zip", zip));
		Api.Response first = this.clerk.multipart("/api/v1/intakes", parts, Map.of("Idempotency-Key", "nhap-15"));
		assertThat(first.status()).as(first.toString()).isEqualTo(202);
		Api.Response again = this.clerk.multipart("/api/v1/intakes", parts, Map.of("Idempotency-Key", "nhap-15"));
		assertThat(again.status()).isEqualTo(202);
		JsonNode body = again.json();
		assertThat(body.path("id").asLong()).isEqualTo(first.json().path("id").asLong());
		assertThat(this.admin
			.get("/engine-rest/process-instance/count?processDefinitionKey=record-intake&businessKey=NHAP-"
					+ body.path("id").asLong())
			.json()
			.path("count")
			.asInt()).isEqualTo(1);
	}

}
