package vn.luutru.document;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.luutru.content.SamplePdfs;
import vn.luutru.support.Api;
import vn.luutru.support.Api.Part;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

abstract class DocumentCaptureScenarios extends ApiTestSupport {

	private Api clerk;

	private long fileId;

	private String fileCode;

	@BeforeEach
	void openFile() {
		String agency = createAgency("Sở Nội vụ tỉnh Sơn La", false).path("code").asText();
		this.clerk = createUser(agency, "clerk");
		JsonNode file = this.clerk
			.post("/api/v1/files",
					Map.of("year", 2025, "fileNotation", "02.VP", "title", "Tập công văn đi năm 2025",
							"maintenanceCode", "06", "startDate", "2025-01-02"))
			.json();
		this.fileId = file.path("id").asLong();
		this.fileCode = file.path("fileCode").asText();
	}

	static Map<String, Object> metadata() {
		Map<String, Object> m = new HashMap<>();
		m.put("typeName", "22");
		m.put("codeNumber", "125");
		m.put("codeNotation", "SNV-VP");
		m.put("issuedDate", "2025-03-14");
		m.put("organName", "Sở Nội vụ tỉnh Sơn La");
		m.put("subject", "V/v hướng dẫn lập hồ sơ điện tử năm 2025");
		m.put("numberOfPage", 2);
		return m;
	}

	Api.Response upload(Object metadata, String name, String type, byte[] bytes) {
		return this.clerk.multipart("/api/v1/files/" + this.fileId + "/documents",
				Api.parts("metadata", Part.json(metadata), "content", Part.file(name, type, bytes)));
	}

	@Test
	void flagsADocumentAlreadyKeptWithTheSameNumberNotationAndOrganWithoutRefusingIt() {
		Api.Response first = upload(metadata(), "cong-van-125.pdf", "application/pdf", SamplePdfs.plainPdf(1));
		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		assertThat(first.json().has("duplicateOf")).isFalse();
		Map<String, Object> other = metadata();
		other.put("codeNumber", "126");
		assertThat(
				upload(other, "cong-van-126.pdf", "application/pdf", SamplePdfs.plainPdf(2)).json().has("duplicateOf"))
			.isFalse();
		Api.Response again = upload(metadata(), "cong-van-125-ban-sao.pdf", "application/pdf", SamplePdfs.plainPdf(3));
		assertThat(again.status()).as(again.toString()).isEqualTo(201);
		assertThat(again.json().path("docCode").asText()).isEqualTo(this.fileCode + ".3");
		assertThat(again.json().path("duplicateOf").get(0).asText()).isEqualTo(this.fileCode + ".1");
		assertThat(again.json().path("duplicateOf")).hasSize(1);
		assertThat(again.json().path("duplicateWarning").asText())
			.startsWith("Có thể trùng: đã lưu văn bản số 125, ký hiệu SNV-VP của cùng cơ quan ban hành")
			.contains("Possible duplicate");
	}

	@Test
	void capturesPdfaWithCodeChecksumAndFileTotals() throws Exception {
		byte[] pdf = SamplePdfs.pdfA2b(2);
		Api.Response r = upload(metadata(), "cong-van-125.pdf", "application/pdf", pdf);
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		JsonNode doc = r.json();
		assertThat(doc.path("docCode").asText()).isEqualTo(this.fileCode + ".1");
		assertThat(doc.path("contentSha256").asText())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
		assertThat(doc.path("mediaType").asText()).isEqualTo("application/pdf");
		assertThat(doc.path("pdfaDeclared").asText()).isEqualTo("2b");
		assertThat(doc.path("pdfaStatus").asText()).isEqualTo("PENDING");
		assertThat(doc.path("schemaVersion").asText()).isEqualTo("TT05/2025");
		upload(metadata(), "cong-van-126.pdf", "application/pdf", SamplePdfs.plainPdf(3));
		JsonNode file = this.clerk.get("/api/v1/files/" + this.fileId).json();
		assertThat(file.path("docTotal").asInt()).isEqualTo(2);
		assertThat(file.path("pageTotal").asInt()).isEqualTo(4);
		Api.Response content = this.clerk.get("/api/v1/documents/" + doc.path("id").asLong() + "/content");
		assertThat(content.status()).isEqualTo(200);
		assertThat(content.body()).isEqualTo(pdf);
	}

	@Test
	void mapsCircular02MetadataOntoThe2025Schema() {
		Map<String, Object> legacy = new HashMap<>();
		legacy.put("schemaVersion", "02/2019");
		legacy.put("TypeName", "Công văn");
		legacy.put("CodeNumber", "88");
		legacy.put("IssuedDate", "2018-06-01");
		legacy.put("OrganName", "Sở Nội vụ tỉnh Sơn La");
		legacy.put("Subject", "V/v báo cáo thống kê lưu trữ năm 2018");
		legacy.put("PageAmount", 1);
		legacy.put("KeyWord", "thống kê");
		Api.Response r = upload(legacy, "cv-88.pdf", "application/pdf", SamplePdfs.plainPdf(1));
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		assertThat(r.json().path("typeName").asText()).isEqualTo("22");
		assertThat(r.json().path("pageCount").asInt()).isEqualTo(1);
		assertThat(r.json().path("keywords").asText()).isEqualTo("thống kê");
		assertThat(r.json().path("schemaVersion").asText()).isEqualTo("TT02/2019");
	}

	@Test
	void rejectsEveryMissingOrMalformedMetadataField() {
		Map<String, Object> bad = new HashMap<>();
		bad.put("typeName", "99");
		bad.put("subject", "x".repeat(501));
		bad.put("numberOfPage", 0);
		bad.put("mode", "7");
		Api.Response r = upload(bad, "a.pdf", "application/pdf", SamplePdfs.plainPdf(1));
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.errorFields()).contains("typeName", "subject", "numberOfPage", "accessMode", "issuedDate",
				"organName");
	}

	@Test
	void rejectsImpossibleIssuingDate() {
		Map<String, Object> m = metadata();
		m.put("issuedDate", "2025-02-30");
		Api.Response r = upload(m, "a.pdf", "application/pdf", SamplePdfs.plainPdf(1));
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.errorFields()).containsExactly("issuedDate");
	}

	@Test
	void rejectsEmptyTruncatedAndMislabelledContent() {
		Api.Response empty = upload(metadata(), "a.pdf", "application/pdf", new byte[0]);
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().path("errors").get(0).path("code").asText()).isEqualTo("error.contentEmpty");
		byte[] pdf = SamplePdfs.plainPdf(2);
		Api.Response truncated = upload(metadata(), "a.pdf", "application/pdf", Arrays.copyOf(pdf, pdf.length / 2));
		assertThat(truncated.json().path("errors").get(0).path("code").asText()).isEqualTo("error.contentTruncated");
		byte[] png = HexFormat.of()
			.parseHex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
					+ "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082");
		Api.Response mislabelled = upload(metadata(), "to-trinh.pdf", "application/pdf", png);
		assertThat(mislabelled.json().path("errors").get(0).path("code").asText()).isEqualTo("error.formatMismatch");
		assertThat(this.clerk.get("/api/v1/files/" + this.fileId).json().path("docTotal").asInt()).isZero();
	}

	@Test
	void rejectsFileNameWithPathSeparators() {
		Api.Response r = upload(metadata(), "../../etc/passwd.pdf", "application/pdf", SamplePdfs.plainPdf(1));
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.errorFields()).contains("fileName");
	}

	@Test
	void rejectsADuplicateDocumentCode() {
		Map<String, Object> m = metadata();
		m.put("position", 5);
		assertThat(upload(m, "a.pdf", "application/pdf", SamplePdfs.plainPdf(1)).status()).isEqualTo(201);
		Api.Response again = upload(m, "b.pdf", "application/pdf", SamplePdfs.plainPdf(2));
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.errorFields()).containsExactly("position");
		assertThat(this.clerk.get("/api/v1/files/" + this.fileId).json().path("docTotal").asInt()).isEqualTo(1);
	}

	@Test
	void anotherAgencyNeitherReadsNorWrites() {
		long docId = upload(metadata(), "a.pdf", "application/pdf", SamplePdfs.plainPdf(1)).json().path("id").asLong();
		String other = createAgency("Sở Tài chính tỉnh Sơn La", false).path("code").asText();
		Api stranger = createUser(other, "clerk");
		assertThat(stranger.get("/api/v1/documents/" + docId).status()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/documents/" + docId + "/content").status()).isEqualTo(404);
		assertThat(stranger
			.multipart("/api/v1/files/" + this.fileId + "/documents", Api.parts("metadata", Part.json(metadata()),
					"content", Part.file("a.pdf", "application/pdf", SamplePdfs.plainPdf(1))))
			.status()).isEqualTo(404);
	}

	@Test
	void refusesDocumentsForAClosedFile() {
		this.clerk.post("/api/v1/files/" + this.fileId + "/close", Map.of("endDate", "2025-12-31"));
		Api.Response r = upload(metadata(), "a.pdf", "application/pdf", SamplePdfs.plainPdf(1));
		assertThat(r.status()).isEqualTo(409);
	}

}
