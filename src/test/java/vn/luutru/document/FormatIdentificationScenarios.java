package vn.luutru.document;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.luutru.content.SamplePdfs;
import vn.luutru.support.Api;
import vn.luutru.support.Api.Part;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each captured document gets its PRONOM format identifier beside its media type, shown
 * on the document's API view; documents kept from before get theirs from the background
 * step.
 */
abstract class FormatIdentificationScenarios extends ApiTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FormatIdentificationJob backfill;

	private Api clerk;

	private long fileId;

	@BeforeEach
	void openFile() {
		String agency = createAgency("Sở Tài chính tỉnh Điện Biên", false).path("code").asText();
		this.clerk = createUser(agency, "clerk");
		this.fileId = this.clerk
			.post("/api/v1/files", Map.of("year", 2025, "fileNotation", "05.TC", "title",
					"Tập văn bản tài chính năm 2025", "maintenanceCode", "06", "startDate", "2025-01-02"))
			.json()
			.path("id")
			.asLong();
	}

	@Test
	void eachFormatIsRecordedWithItsPronomIdAndShownOnTheDocument() throws IOException {
		assertIdentified("quyet-dinh.pdf", "application/pdf", SamplePdfs.plainPdf(1), "fmt/276");
		assertIdentified("to-trinh.pdf", "application/pdf", SamplePdfs.pdfA1b(), "fmt/354");
		assertIdentified("bao-cao.pdf", "application/pdf", SamplePdfs.pdfA2b(1), "fmt/477");
		assertIdentified("cong-van.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				docx(), "fmt/412");
		assertIdentified("anh-hien-truong.jpg", "image/jpeg", jpeg(), "fmt/44");
		assertIdentified("ghi-chu.txt", "text/plain", "Ghi chú cuộc họp ngày 14/3\n".getBytes(StandardCharsets.UTF_8),
				"x-fmt/111");
	}

	@Test
	void documentsKeptFromBeforeGetTheirIdInTheBackground() throws IOException {
		long pdf = upload("cu-1.pdf", "application/pdf", SamplePdfs.plainPdf(2)).path("id").asLong();
		long docx = upload("cu-2.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				docx())
			.path("id")
			.asLong();
		// As a document captured before identification existed is stored.
		this.jdbc.update("update lt_document set format_puid = null where id in (?, ?)", pdf, docx);
		assertThat(document(pdf).path("formatPuid").isTextual()).isFalse();

		for (int run = 0; run < 5 && (formatOf(pdf) == null || formatOf(docx) == null); run++) {
			this.backfill.identifyBatch();
		}

		assertThat(document(pdf).path("formatPuid").asText()).isEqualTo("fmt/276");
		assertThat(document(docx).path("formatPuid").asText()).isEqualTo("fmt/412");
		// A second run finds nothing left of these and changes nothing.
		this.backfill.identifyBatch();
		assertThat(formatOf(pdf)).isEqualTo("fmt/276");
	}

	private void assertIdentified(String name, String type, byte[] bytes, String puid) {
		JsonNode captured = upload(name, type, bytes);
		assertThat(captured.path("formatPuid").asText()).as(name).isEqualTo(puid);
		assertThat(captured.path("mediaType").asText()).as(name).isEqualTo(type);
		JsonNode shown = document(captured.path("id").asLong());
		assertThat(shown.path("formatPuid").asText()).as(name).isEqualTo(puid);
	}

	private JsonNode upload(String name, String type, byte[] bytes) {
		Map<String, Object> m = new HashMap<>();
		m.put("typeName", "22");
		m.put("subject", "Văn bản " + name);
		m.put("issuedDate", "2025-03-14");
		m.put("organName", "Sở Tài chính tỉnh Điện Biên");
		m.put("numberOfPage", 1);
		Api.Response r = this.clerk.multipart("/api/v1/files/" + this.fileId + "/documents",
				Api.parts("metadata", Part.json(m), "content", Part.file(name, type, bytes)));
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		return r.json();
	}

	private JsonNode document(long id) {
		Api.Response r = this.clerk.get("/api/v1/documents/" + id);
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		return r.json();
	}

	private String formatOf(long id) {
		return this.jdbc.queryForObject("select format_puid from lt_document where id = ?", String.class, id);
	}

	private static byte[] docx() throws IOException {
		try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			doc.createParagraph().createRun().setText("Công văn số 45/STC-KHNS");
			doc.write(out);
			return out.toByteArray();
		}
	}

	/** ImageIO writes JFIF 1.02 (fmt/44). */
	private static byte[] jpeg() throws IOException {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		image.setRGB(10, 10, 0xcc0000);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", out);
		return out.toByteArray();
	}

}
