package vn.luutru.document;

import java.text.Normalizer;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.luutru.content.DamagedPdfs;
import vn.luutru.content.SamplePdfs;
import vn.luutru.support.Api;
import vn.luutru.support.Api.Part;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luutru.common.ProblemAssert.refused;

/**
 * Input that used to get through capture: damaged PDFs, invisible values, lengths taken
 * before composition, fractions of pages, and the JSON of the metadata part.
 */
abstract class DocumentInputScenarios extends ApiTestSupport {

	private Api clerk;

	private long fileId;

	@BeforeEach
	void openFile() {
		String agency = createAgency("Sở Nội vụ tỉnh Sơn La", false).path("code").asText();
		this.clerk = createUser(agency, "clerk");
		this.fileId = this.clerk
			.post("/api/v1/files",
					Map.of("year", 2025, "fileNotation", "02.VP", "title", "Tập công văn đi năm 2025",
							"maintenanceCode", "06", "startDate", "2025-01-02"))
			.json()
			.path("id")
			.asLong();
	}

	private Api.Response upload(Object metadata, byte[] pdf) {
		Part part = (metadata instanceof String json)
				? new Part(null, "application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8))
				: Part.json(metadata);
		return this.clerk.multipart("/api/v1/files/" + this.fileId + "/documents",
				Api.parts("metadata", part, "content", Part.file("cong-van.pdf", "application/pdf", pdf)));
	}

	private int documents() {
		return this.clerk.get("/api/v1/files/" + this.fileId).json().path("docTotal").asInt();
	}

	@Test
	void refusesAPdfCutInsideAnIncrementalUpdate() {
		byte[] whole = DamagedPdfs.withIncrementalUpdate(SamplePdfs.plainPdf(2));
		byte[] cut = DamagedPdfs.cutInsideTheUpdate(SamplePdfs.plainPdf(2));
		Api.Response r = upload(DocumentCaptureScenarios.metadata(), cut);
		refused(r, 400, "content", "bị cắt cụt", "truncated");
		assertThat(documents()).isZero();
		assertThat(upload(DocumentCaptureScenarios.metadata(), whole).status()).isEqualTo(201);
	}

	@Test
	void digitisedDocumentNamesItsPaperOriginal() {
		Map<String, Object> m = DocumentCaptureScenarios.metadata();
		m.put("confidenceLevel", "02");
		refused(upload(m, SamplePdfs.plainPdf(1)), 400, "paperFileCode", "mã tài liệu giấy gốc", "paper original");
		assertThat(documents()).isZero();

		m.put("paperFileCode", "SNV.K1-G03-H07.0012.01");
		Api.Response r = upload(m, SamplePdfs.plainPdf(1));
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		assertThat(r.json().path("paperFileCode").asText()).isEqualTo("SNV.K1-G03-H07.0012.01");
		long id = r.json().path("id").asLong();
		assertThat(this.clerk.get("/api/v1/documents/" + id).json().path("paperFileCode").asText())
			.isEqualTo("SNV.K1-G03-H07.0012.01");
	}

	@Test
	void refusesValuesOfOnlyNonBreakingOrZeroWidthSpaces() {
		Map<String, Object> m = DocumentCaptureScenarios.metadata();
		m.put("subject", "\u00A0\u202F\u2007");
		m.put("organName", "\u200B\u200C\u200D\u2060\uFEFF");
		Api.Response r = upload(m, SamplePdfs.plainPdf(1));
		refused(r, 400, "subject", "Bắt buộc", "Required");
		refused(r, 400, "organName", "Bắt buộc", "Required");
		assertThat(documents()).isZero();
	}

	@Test
	void acceptsDecomposedVietnameseWithinTheLimitAndStoresItComposed() {
		Map<String, Object> m = DocumentCaptureScenarios.metadata();
		String composed = "Về việc hướng dẫn lập hồ sơ ".repeat(20).substring(0, 500);
		m.put("subject", Normalizer.normalize(composed, Normalizer.Form.NFD));
		Api.Response r = upload(m, SamplePdfs.plainPdf(1));
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		assertThat(r.json().path("subject").asText()).isEqualTo(composed.strip());
	}

	@Test
	void refusesTextThatCompositionLengthensPastTheLimit() {
		Map<String, Object> m = DocumentCaptureScenarios.metadata();
		m.put("subject", "\u0958".repeat(300));
		Api.Response r = upload(m, SamplePdfs.plainPdf(1));
		refused(r, 400, "subject", "Dài quá 500 ký tự", "Longer than 500 characters");
		assertThat(documents()).isZero();
	}

	@Test
	void refusesAFractionOfPagesDuplicateKeysAndTrailingContentInTheMetadataPart() {
		Map<String, Object> m = DocumentCaptureScenarios.metadata();
		m.put("numberOfPage", 2.7);
		refused(upload(m, SamplePdfs.plainPdf(1)), 400, "numberOfPage", "số nguyên", "whole number");
		String duplicate = "{\"typeName\":\"22\",\"issuedDate\":\"2025-03-14\",\"organName\":\"Sở Nội vụ\","
				+ "\"subject\":\"V/v A\",\"numberOfPage\":1,\"numberOfPage\":9}";
		refused(upload(duplicate, SamplePdfs.plainPdf(1)), 400, "numberOfPage", "hơn một lần", "more than once");
		String trailing = "{\"typeName\":\"22\",\"issuedDate\":\"2025-03-14\",\"organName\":\"Sở Nội vụ\","
				+ "\"subject\":\"V/v A\",\"numberOfPage\":1} {\"numberOfPage\":9}";
		refused(upload(trailing, SamplePdfs.plainPdf(1)), 400, "body", "nội dung thừa", "content after the end");
		m.put("numberOfPage", 1);
		m.put("issuedDate", "14/03/2025");
		JsonNode date = refused(upload(m, SamplePdfs.plainPdf(1)), 400, "issuedDate", "yyyy-MM-dd", "yyyy-MM-dd");
		assertThat(date.path("code").asText()).isEqualTo("error.invalidDate");
		assertThat(documents()).isZero();
	}

}
