package vn.luutru.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.luutru.content.SamplePdfs;
import vn.luutru.support.Api;
import vn.luutru.support.Api.Part;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luutru.common.ProblemAssert.refused;

/**
 * What a request body says is what is stored, or the request is refused naming the field:
 * a field the request does not have, a character no record may hold, a date no archive
 * keeps. Run on H2 and on MariaDB (whose DATE cannot hold most of those dates).
 */
abstract class StrictBodyScenarios extends ApiTestSupport {

	private static final Map<String, Object> FILE = Map.of("year", 2025, "fileNotation", "07.VP", "title",
			"Tập công văn đi năm 2025", "maintenanceCode", "06", "startDate", "2025-01-02");

	private Api clerk;

	private long fileId;

	@BeforeEach
	void openFile() {
		String agency = createAgency("Sở Nội vụ tỉnh Sơn La", false).path("code").asText();
		this.clerk = createUser(agency, "clerk");
		Api.Response r = this.clerk.post("/api/v1/files", FILE);
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		this.fileId = r.json().path("id").asLong();
	}

	private static Map<String, Object> metadata(String subject) {
		Map<String, Object> m = new HashMap<>();
		m.put("typeName", "22");
		m.put("codeNumber", "12");
		m.put("codeNotation", "SNV-VP");
		m.put("issuedDate", "2025-03-14");
		m.put("organName", "Sở Nội vụ tỉnh Sơn La");
		m.put("subject", subject);
		m.put("numberOfPage", 1);
		return m;
	}

	private Api.Response capture(Object metadata) {
		Part part = (metadata instanceof String json)
				? new Part(null, "application/json", json.getBytes(StandardCharsets.UTF_8)) : Part.json(metadata);
		return this.clerk.multipart("/api/v1/files/" + this.fileId + "/documents", Api.parts("metadata", part,
				"content", Part.file("cv.pdf", "application/pdf", SamplePdfs.plainPdf("" + System.nanoTime(), 1))));
	}

	private int documents() {
		return this.clerk.get("/api/v1/files/" + this.fileId).json().path("docTotal").asInt();
	}

	@Test
	void aDocumentSentAsSecretIsStoredSecretUnderEitherName() {
		Map<String, Object> secret = metadata("MẬT");
		secret.put("accessMode", "03");
		Api.Response r = capture(secret);
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		assertThat(r.json().path("accessMode").asText()).isEqualTo("03");
		assertThat(
				this.clerk.get("/api/v1/documents/" + r.json().path("id").asLong()).json().path("accessMode").asText())
			.isEqualTo("03");

		Map<String, Object> old = metadata("Văn bản theo tên cũ");
		old.put("mode", "02");
		assertThat(capture(old).json().path("accessMode").asText()).as("the Circular's XML name still reads")
			.isEqualTo("02");
	}

	@Test
	void refusesFieldsTheRequestDoesNotHave() {
		Map<String, Object> m = metadata("Văn bản có trường lạ");
		m.put("acessMode", "03");
		refused(capture(m), 400, "acessMode", "không có trong yêu cầu", "not part of this request").path("message")
			.asText()
			.contains("accessMode");
		assertThat(documents()).isZero();

		Map<String, Object> file = new HashMap<>(FILE);
		file.put("fileNotation", "08.VP");
		file.put("bogusField", 1);
		refused(this.clerk.post("/api/v1/files", file), 400, "bogusField", "các trường được nhận", "fields accepted");
	}

	@Test
	void refusesControlAndBidiCharactersNamingTheField() {
		for (String bad : List.of("\\u0008", "\\u0000", "\\u202E", "\\uD800", "\\uFFFF", "\\u2066")) {
			String json = "{\"year\":2025,\"fileNotation\":\"09.VP\",\"maintenanceCode\":\"06\","
					+ "\"startDate\":\"2025-01-02\",\"title\":\"Hồ sơ A" + bad + "B\"}";
			refused(this.clerk.post("/api/v1/files", json), 400, "title", "ký tự không được phép",
					"character that is not allowed");
			String meta = "{\"typeName\":\"22\",\"issuedDate\":\"2025-03-14\",\"organName\":\"Sở Nội vụ\","
					+ "\"numberOfPage\":1,\"subject\":\"V/v" + bad + "\"}";
			refused(capture(meta), 400, "subject", "ký tự không được phép", "character that is not allowed");
		}
		refused(this.clerk.post("/api/v1/search/saved", Map.of("name", "Tìm\u0007kiếm", "q", "ben xe")), 400, "name",
				"ký tự không được phép", "character that is not allowed");
		assertThat(documents()).isZero();
	}

	@Test
	void theFileExportParsesAfterTextWithLineBreaksAndTabs() throws Exception {
		Map<String, Object> file = new HashMap<>(FILE);
		file.put("fileNotation", "10.VP");
		file.put("title", "Hồ sơ dòng một\r\nDòng hai\tcột");
		Api.Response opened = this.clerk.post("/api/v1/files", file);
		assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
		assertThat(opened.json().path("title").asText()).as("a title is one line")
			.isEqualTo("Hồ sơ dòng một Dòng hai cột");
		this.fileId = opened.json().path("id").asLong();
		Map<String, Object> m = metadata("Trích yếu\nhai dòng");
		m.put("signerName", "Lò Văn\nKý");
		Api.Response doc = capture(m);
		assertThat(doc.status()).as(doc.toString()).isEqualTo(201);

		Api.Response xml = this.clerk.get("/api/v1/files/" + this.fileId + "/export.xml");
		assertThat(xml.status()).as(xml.toString()).isEqualTo(200);
		org.w3c.dom.Document parsed = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml.body()));
		assertThat(parsed.getElementsByTagName("title").item(0).getTextContent())
			.isEqualTo("Hồ sơ dòng một Dòng hai cột");
	}

	@Test
	void aReaderAddressStaysOneLine() {
		Map<String, Object> form = registration("docgia.dc" + System.nanoTime() % 1_000_000_000L);
		form.put("address", "Số 5 Tô Hiệu\nĐã duyệt / Approved: CÓ");
		Api.Response r = anonymous().post("/api/v1/readers", form);
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		assertThat(r.json().path("address").asText()).isEqualTo("Số 5 Tô Hiệu Đã duyệt / Approved: CÓ");
	}

	@Test
	void refusesDatesNoArchiveKeeps() {
		for (String day : List.of("-999999999-01-01", "+999999999-12-31", "0000-01-01", "9999-12-31")) {
			refused(this.admin.put("/api/v1/holidays/" + day, Map.of("name", "Ngày lạ")), 400, "day",
					"từ năm 1000 đến năm 2200", "between the years 1000 and 2200");
		}
		refused(this.admin.get("/api/v1/holidays?year=-999999999"), 400, "year", "Năm phải từ 1900 đến 2200",
				"between 1900 and 2200");
		assertThat(this.admin.put("/api/v1/holidays/2199-01-01", Map.of("name", "Tết xa")).status()).isEqualTo(200);
		assertThat(this.admin.delete("/api/v1/holidays/2199-01-01").status()).isLessThan(300);

		Map<String, Object> form = registration("docgia.ns" + System.nanoTime() % 1_000_000_000L);
		form.put("birthDate", "-999999999-01-01");
		refused(anonymous().post("/api/v1/readers", form), 400, "birthDate", "từ năm 1000", "years 1000");

		Api archivist = createUser(createAgency("Sở Tài chính tỉnh Sơn La", false).path("code").asText(), "archivist");
		refused(archivist.post("/api/v1/holds",
				Map.of("reason", "Thanh tra", "fileIds", List.of(this.fileId), "heldUntil", "+999999999-12-31")), 400,
				"heldUntil", "từ năm 1000", "years 1000");
		Map<String, Object> m = metadata("Văn bản ngày lạ");
		m.put("issuedDate", "0000-01-01");
		refused(capture(m), 400, "issuedDate", "từ năm 1000", "years 1000");
		assertThat(documents()).isZero();
	}

	private static Map<String, Object> registration(String userId) {
		Map<String, Object> form = new HashMap<>();
		form.put("userId", userId);
		form.put("password", PASSWORD);
		form.put("fullName", "Lò Văn Đọc");
		form.put("birthDate", "1990-05-17");
		form.put("identityNumber", String.format("%012d", System.nanoTime() % 1_000_000_000_000L));
		form.put("nationality", "Việt Nam");
		form.put("address", "Số 5 đường Tô Hiệu, tỉnh Sơn La");
		form.put("phone", "0912345678");
		form.put("email", userId + "@example.vn");
		return form;
	}

}
