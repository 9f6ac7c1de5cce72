package vn.luutru.web;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import vn.luutru.support.Api;
import vn.luutru.support.Api.Part;
import vn.luutru.support.ApiTest;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luutru.common.ProblemAssert.refused;

/**
 * An upload over the size limit is a bilingual 413, and nothing is stored. The limit is
 * lowered in an application of its own, whose engine has a name of its own (Camunda keeps
 * engines in a static registry by name: under the default name, /engine-rest of the other
 * tests' application would reach this one's engine) and which is closed after.
 */
@ApiTest
@TestPropertySource(
		properties = { "luutru.content.max-upload-size=64KB", "camunda.bpm.process-engine-name=upload-limit" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class UploadLimitApiTest extends ApiTestSupport {

	@Test
	void refusesAnUploadOverTheLimitInBothLanguages() {
		String agency = createAgency("Sở Nội vụ tỉnh Sơn La", false).path("code").asText();
		Api clerk = createUser(agency, "clerk");
		long fileId = clerk
			.post("/api/v1/files",
					Map.of("year", 2025, "fileNotation", "02.VP", "title", "Tập công văn đi năm 2025",
							"maintenanceCode", "06", "startDate", "2025-01-02"))
			.json()
			.path("id")
			.asLong();
		Map<String, Object> metadata = Map.of("typeName", "22", "issuedDate", "2025-03-14", "organName", "Sở Nội vụ",
				"subject", "V/v lập hồ sơ", "numberOfPage", 1);
		byte[] big = new byte[200 * 1024];
		System.arraycopy("%PDF-1.7\n".getBytes(), 0, big, 0, 9);
		Api.Response r = clerk.multipart("/api/v1/files/" + fileId + "/documents",
				Api.parts("metadata", Part.json(metadata), "content", Part.file("lon.pdf", "application/pdf", big)));
		refused(r, 413, "content", "vượt quá dung lượng", "larger than allowed");
		assertThat(clerk.get("/api/v1/files/" + fileId).json().path("docTotal").asInt()).isZero();
	}

}
