package vn.luutru.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.luutru.content.SamplePdfs;
import vn.luutru.support.Api;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luutru.common.ProblemAssert.refused;

/**
 * Requests the server cannot take apart, or takes apart too leniently, are refused as
 * bilingual problem details with the right status, and leave nothing behind.
 */
abstract class RequestShapeScenarios extends ApiTestSupport {

	private static final String METADATA = "{\"typeName\":\"22\",\"issuedDate\":\"2025-03-14\","
			+ "\"organName\":\"Sở Nội vụ\",\"subject\":\"V/v lập hồ sơ\",\"numberOfPage\":1}";

	private Api clerk;

	private String clerkAuth;

	private long fileId;

	@BeforeEach
	void openFile() {
		String agency = createAgency("Sở Nội vụ tỉnh Sơn La", false).path("code").asText();
		String user = "shape" + System.nanoTime();
		Api.Response r = this.admin.post("/api/v1/users", Map.of("userId", user, "firstName", "Nguyễn Văn", "lastName",
				"Thử", "password", PASSWORD, "agencyCode", agency, "roles", java.util.List.of("clerk")));
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		this.clerk = as(user);
		this.clerkAuth = RawHttp.basic(user, PASSWORD);
		this.fileId = this.clerk
			.post("/api/v1/files",
					Map.of("year", 2025, "fileNotation", "02.VP", "title", "Tập công văn đi năm 2025",
							"maintenanceCode", "06", "startDate", "2025-01-02"))
			.json()
			.path("id")
			.asLong();
	}

	private Api.Response postMultipart(String contentType, byte[] body) throws Exception {
		return RawHttp.send(this.port,
				"POST /api/v1/files/" + this.fileId + "/documents HTTP/1.1\r\nHost: localhost\r\n" + "Authorization: "
						+ this.clerkAuth + "\r\nContent-Type: " + contentType + "\r\n",
				body);
	}

	private static byte[] multipart(String boundary, String fileName, boolean close) {
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + METADATA + "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"content\"; filename=\"" + fileName + "\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n";
		byte[] pdf = SamplePdfs.plainPdf(1);
		String tail = close ? "\r\n--" + boundary + "--\r\n" : "\r\n";
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		out.writeBytes(pdf);
		out.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	private int documents() {
		return this.clerk.get("/api/v1/files/" + this.fileId).json().path("docTotal").asInt();
	}

	@Test
	void aWellFormedRawMultipartIsCaptured() throws Exception {
		Api.Response r = postMultipart("multipart/form-data; boundary=b0undary", multipart("b0undary", "a.pdf", true));
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
	}

	@Test
	void refusesAMultipartBodyWithoutBoundary() throws Exception {
		Api.Response r = postMultipart("multipart/form-data", multipart("b0undary", "a.pdf", true));
		refused(r, 400, "body", "sai cấu trúc", "malformed");
		assertThat(documents()).isZero();
	}

	@Test
	void refusesAMultipartBodyWhoseBoundaryNeverCloses() throws Exception {
		Api.Response r = postMultipart("multipart/form-data; boundary=b0undary", multipart("b0undary", "a.pdf", false));
		refused(r, 400, "body", "sai cấu trúc", "malformed");
		assertThat(documents()).isZero();
	}

	@Test
	void refusesANulInTheFileName() throws Exception {
		Api.Response r = postMultipart("multipart/form-data; boundary=b0undary",
				multipart("b0undary", "to-trinh\u0000.pdf", true));
		refused(r, 400, "fileName", "ký tự điều khiển", "control characters");
		assertThat(documents()).isZero();
	}

	@Test
	void answersAnUploadOverTheSizeLimitWith413InBothLanguages() throws Exception {
		// The limit (luutru.content.max-upload-size, 2 GB) is judged from the declared
		// length before the body is read.
		long threeGigabytes = 3L * 1024 * 1024 * 1024;
		Api.Response r = RawHttp.send(this.port,
				"POST /api/v1/files/" + this.fileId + "/documents HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
						+ this.clerkAuth + "\r\nContent-Type: multipart/form-data; boundary=b0undary\r\n",
				threeGigabytes, multipart("b0undary", "lon.pdf", false));
		refused(r, 413, "content", "vượt quá dung lượng", "larger than allowed");
		assertThat(documents()).isZero();
	}

	@Test
	void answersAWrongMethodInBothLanguages() {
		Api.Response r = this.clerk.delete("/api/v1/files/" + this.fileId);
		refused(r, 405, "method", "Không dùng được phương thức DELETE", "Method DELETE is not allowed");
	}

	@Test
	void answersAWrongMediaTypeInBothLanguages() throws Exception {
		Api.Response r = RawHttp.send(this.port, "POST /api/v1/files HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
				+ this.clerkAuth + "\r\nContent-Type: text/plain\r\n", "title".getBytes(StandardCharsets.UTF_8));
		refused(r, 415, "Content-Type", "Không nhận kiểu nội dung text/plain", "Content type text/plain");
	}

	@Test
	void answersAnOverlongUrlAndHeaderInBothLanguages() throws Exception {
		String longPath = "/api/v1/files?q=" + "a".repeat(20_000);
		Api.Response url = RawHttp.send(this.port,
				"GET " + longPath + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + this.clerkAuth + "\r\n",
				new byte[0]);
		refused(url, 400, "request", "quá dài", "too long");
		Api.Response header = RawHttp.send(this.port, "GET /api/v1/files HTTP/1.1\r\nHost: localhost\r\nX-Long: "
				+ "b".repeat(20_000) + "\r\nAuthorization: " + this.clerkAuth + "\r\n", new byte[0]);
		refused(header, 400, "request", "quá dài", "too long");
	}

	@Test
	void refusesADuplicateKeyNamingTheField() {
		String body = "{\"year\":2025,\"fileNotation\":\"03.VP\",\"title\":\"Hồ sơ Kiwi\",\"title\":\"Hồ sơ Mango\","
				+ "\"maintenanceCode\":\"06\"}";
		refused(this.clerk.post("/api/v1/files", body), 400, "title", "hơn một lần", "more than once");
		assertThat(this.clerk.get("/api/v1/files?q=Mango").json().path("total").asLong()).isZero();
	}

	@Test
	void refusesContentAfterTheJsonDocument() {
		String body = "{\"year\":2025,\"fileNotation\":\"04.VP\",\"title\":\"Hồ sơ Zeta\",\"maintenanceCode\":\"06\"}"
				+ " {\"title\":\"thêm\"}";
		refused(this.clerk.post("/api/v1/files", body), 400, "body", "nội dung thừa", "content after the end");
		assertThat(this.clerk.get("/api/v1/files?q=Zeta").json().path("total").asLong()).isZero();
	}

	@Test
	void namesTheExpectedFormOfEachField() {
		Map<String, Object> body = new java.util.HashMap<>(
				Map.of("year", "hai nghìn", "fileNotation", "05.VP", "title", "Hồ sơ D", "maintenanceCode", "06"));
		JsonNode year = refused(this.clerk.post("/api/v1/files", body), 400, "year", "số nguyên", "whole number");
		assertThat(year.path("message").asText()).doesNotContain("yyyy-MM-dd");
		body.put("year", 2025);
		body.put("startDate", "02/01/2025");
		refused(this.clerk.post("/api/v1/files", body), 400, "startDate", "yyyy-MM-dd", "yyyy-MM-dd");
		refused(this.clerk.get("/api/v1/files?year=2025.5"), 400, "year", "số nguyên", "whole number");
	}

	@Test
	void judgesAFileTitleAsItWillBeStored() {
		String composed = "Hồ sơ tuyển dụng công chức ".repeat(40).substring(0, 1000).strip();
		Map<String, Object> body = new java.util.HashMap<>(
				Map.of("year", 2025, "fileNotation", "06.VP", "maintenanceCode", "06"));
		body.put("title", java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD));
		Api.Response decomposed = this.clerk.post("/api/v1/files", body);
		assertThat(decomposed.status()).as(decomposed.toString()).isEqualTo(201);
		assertThat(decomposed.json().path("title").asText()).isEqualTo(composed);
		body.put("fileNotation", "07.VP");
		body.put("title", "\u0958".repeat(600));
		refused(this.clerk.post("/api/v1/files", body), 400, "title", "Dài quá 1.000 ký tự",
				"Longer than 1,000 characters");
		body.put("title", "\u00A0\u200B\u202F");
		refused(this.clerk.post("/api/v1/files", body), 400, "title", "Bắt buộc", "Required");
		assertThat(this.clerk.get("/api/v1/files?q=07.VP").json().path("total").asLong()).isZero();
	}

}
