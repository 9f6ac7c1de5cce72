package vn.luutru.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import vn.luutru.content.SamplePdfs;
import vn.luutru.retention.DepositedFiles;
import vn.luutru.support.Api;
import vn.luutru.support.Api.Part;
import vn.luutru.support.ApiTest;
import vn.luutru.support.ApiTestSupport;
import vn.luutru.support.Engine;
import vn.luutru.transfer.pkg.DescriptiveXml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole file exported as an officer and a reader see it: the PDF's cover with the
 * file's metadata, then its documents by issue date and number whatever order they were
 * captured in, content that cannot be shown listed with its checksum, every page marked
 * with who printed it and when; the XML valid against the schema written for it; another
 * agency's officer and a reader without a grant refused.
 */
@ApiTest
class FileExportApiTest extends ApiTestSupport {

	private static final String TITLE = "Hồ sơ tổ chức Hội nghị cán bộ, công chức, viên chức năm 2026 của Sở Đông Hà";

	Api clerk;

	Api stranger;

	String agencyCode;

	@BeforeEach
	void agencies() {
		this.agencyCode = createAgency("Sở Tư pháp tỉnh Sơn La", false).path("code").asText();
		this.clerk = createNamedUser(this.agencyCode, "Lò Thị", "Hương", "clerk");
		this.stranger = createUser(createAgency("Sở Xây dựng tỉnh Sơn La", false).path("code").asText(), "clerk");
	}

	/** A file whose documents were captured out of their order; answers the file. */
	private JsonNode fileCapturedOutOfOrder() throws IOException {
		JsonNode file = this.clerk
			.post("/api/v1/files", Map.of("year", 2026, "fileNotation", "07.TP", "title", TITLE, "maintenanceCode",
					"06", "keywords", "hội nghị; đổi mới"))
			.json();
		long id = file.path("id").asLong();
		capture(id, "10", "2026-03-10", "VĂN BẢN THỨ TƯ", pdf("VĂN BẢN THỨ TƯ"), "application/pdf", "d.pdf");
		capture(id, "10", "2026-02-20", "VĂN BẢN THỨ BA", pdf("VĂN BẢN THỨ BA"), "application/pdf", "c.pdf");
		capture(id, "3", "2026-01-05", "Ghi chép hội nghị", "Biên bản ghi chép".getBytes(StandardCharsets.UTF_8),
				"text/plain", "ghi-chep.txt");
		capture(id, "2", "2026-02-20", "VĂN BẢN THỨ HAI", pdf("VĂN BẢN THỨ HAI"), "application/pdf", "b.pdf");
		capture(id, "1", "2026-01-05", "Ảnh hội trường", png(), "image/png", "hoi-truong.png");
		return this.clerk.get("/api/v1/files/" + id).json();
	}

	private void capture(long fileId, String number, String issued, String subject, byte[] content, String type,
			String name) {
		Api.Response r = this.clerk.multipart("/api/v1/files/" + fileId + "/documents",
				Api.parts("metadata",
						Part.json(Map.of("typeName", "22", "codeNumber", number, "codeNotation", "STP-VP", "issuedDate",
								issued, "organName", "Sở Tư pháp tỉnh Sơn La", "subject", subject, "numberOfPage", 1)),
						"content", Part.file(name, type, content)));
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
	}

	private static byte[] pdf(String text) {
		return SamplePdfs.plainPdf(text, 1);
	}

	private static byte[] png() throws IOException {
		BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(30, 90, 160));
		g.fillRect(0, 0, 400, 300);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static List<String> pages(byte[] pdf) throws IOException {
		List<String> pages = new ArrayList<>();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			for (int p = 1; p <= doc.getNumberOfPages(); p++) {
				stripper.setStartPage(p);
				stripper.setEndPage(p);
				pages.add(stripper.getText(doc));
			}
		}
		return pages;
	}

	@Test
	void pdfHasACoverThenTheDocumentsByDateAndNumberEachPageMarked() throws Exception {
		JsonNode file = fileCapturedOutOfOrder();
		String login = file.path("openedBy").asText();

		Api.Response r = this.clerk.get("/api/v1/files/" + file.path("id").asLong() + "/export.pdf");

		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "luutru-file-export.pdf"),
				r.body());
		assertThat(r.contentType()).startsWith("application/pdf");
		List<String> pages = pages(r.body());
		assertThat(pages).as("cover, image, notice, three PDFs").hasSize(6);
		assertThat(pages.get(0)).contains("HỒ SƠ / RECORD FILE", TITLE, "Mã hồ sơ: " + file.path("fileCode").asText(),
				"Thời hạn bảo quản: 06", "Tiêu đề hồ sơ", "Từ khóa: hội nghị; đổi mới",
				"Tổng số văn bản trong hồ sơ: 5", "MỤC LỤC VĂN BẢN TRONG HỒ SƠ", "Ghi chép hội nghị");
		assertThat(pages.get(1)).as("the image dated 05/01, number 1").doesNotContain("VĂN BẢN");
		try (PDDocument doc = Loader.loadPDF(r.body())) {
			assertThat(images(doc.getPage(1))).isEqualTo(1);
		}
		assertThat(pages.get(2)).as("05/01 number 3: a format that cannot be shown, listed")
			.contains("Ghi chép hội nghị", "ghi-chep.txt", "text/plain",
					HexFormat.of()
						.formatHex(MessageDigest.getInstance("SHA-256")
							.digest("Biên bản ghi chép".getBytes(StandardCharsets.UTF_8))),
					"không hiển thị được");
		assertThat(pages.get(3)).as("20/02 number 2 before number 10").contains("VĂN BẢN THỨ HAI");
		assertThat(pages.get(4)).contains("VĂN BẢN THỨ BA");
		assertThat(pages.get(5)).contains("VĂN BẢN THỨ TƯ");
		for (int p = 0; p < pages.size(); p++) {
			assertThat(pages.get(p)).as("page %d says who printed it and when", p + 1)
				.containsPattern("In bởi Lò Thị Hương \\(" + java.util.regex.Pattern.quote(login)
						+ "\\) lúc \\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}")
				.contains("Trang " + (p + 1) + "/6");
		}
		assertThat(this.clerk.get("/dashboard/files?status=OPEN").text()).as("the file list links the export")
			.contains("/api/v1/files/" + file.path("id").asLong() + "/export.pdf",
					"/api/v1/files/" + file.path("id").asLong() + "/export.xml");
		JsonNode events = this.admin
			.get("/api/v1/audit?entityType=record_file&entityId=" + file.path("fileCode").asText())
			.json();
		assertThat(events.findValuesAsText("action")).contains("FILE_EXPORTED");
	}

	private static int images(PDPage page) throws IOException {
		int n = 0;
		for (var name : page.getResources().getXObjectNames()) {
			if (page.getResources().getXObject(name) instanceof PDImageXObject) {
				n++;
			}
		}
		return n;
	}

	@Test
	void xmlIsValidAgainstItsSchemaWithTheCircularsFieldsInDateOrder() throws Exception {
		JsonNode file = fileCapturedOutOfOrder();

		Api.Response r = this.clerk.get("/api/v1/files/" + file.path("id").asLong() + "/export.xml");

		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		assertThat(r.contentType()).startsWith("application/xml");
		SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(getClass().getResource(FileXml.SCHEMA))
			.newValidator()
			.validate(new StreamSource(new ByteArrayInputStream(r.body())));
		var factory = DocumentBuilderFactory.newInstance();
		org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(r.body()));
		Element fileElement = (Element) xml.getElementsByTagName("file").item(0);
		assertThat(text(fileElement, "title")).isEqualTo(TITLE);
		assertThat(text(fileElement, "fileCode")).isEqualTo(file.path("fileCode").asText());
		assertThat(text(fileElement, "totalDoc")).isEqualTo("5");
		NodeList documents = xml.getElementsByTagName("document");
		List<String> subjects = new ArrayList<>();
		for (int i = 0; i < documents.getLength(); i++) {
			subjects.add(text((Element) documents.item(i), "subject"));
		}
		assertThat(subjects).containsExactly("Ảnh hội trường", "Ghi chép hội nghị", "VĂN BẢN THỨ HAI", "VĂN BẢN THỨ BA",
				"VĂN BẢN THỨ TƯ");
		assertThat(text((Element) documents.item(0), "issuedDate")).isEqualTo("05/01/2026");
	}

	@Test
	void theSchemaListsTheFieldsThePackagesUse() throws Exception {
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		org.w3c.dom.Document xsd = factory.newDocumentBuilder().parse(getClass().getResourceAsStream(FileXml.SCHEMA));
		assertThat(fieldsOf(xsd, "file")).isEqualTo(DescriptiveXml.FILE_FIELDS);
		List<String> documentFields = new ArrayList<>(DescriptiveXml.SIP_DOCUMENT_FIELDS);
		documentFields.add("content");
		assertThat(fieldsOf(xsd, "document")).isEqualTo(documentFields);
	}

	private static List<String> fieldsOf(org.w3c.dom.Document xsd, String type) {
		NodeList types = xsd.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "complexType");
		for (int i = 0; i < types.getLength(); i++) {
			Element t = (Element) types.item(i);
			if (type.equals(t.getAttribute("name"))) {
				NodeList elements = t.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "element");
				List<String> names = new ArrayList<>();
				for (int e = 0; e < elements.getLength(); e++) {
					names.add(((Element) elements.item(e)).getAttribute("name"));
				}
				return names;
			}
		}
		throw new AssertionError("no type " + type);
	}

	private static String text(Element parent, String name) {
		NodeList nodes = parent.getElementsByTagName(name);
		return (nodes.getLength() > 0) ? nodes.item(0).getTextContent() : null;
	}

	@Test
	void anotherAgencysFileIsNotFoundAsAMissingOneAndAReaderIsRefused() {
		long id = this.clerk
			.post("/api/v1/files",
					Map.of("year", 2026, "fileNotation", "08.TP", "title", "Hồ sơ riêng", "maintenanceCode", "06"))
			.json()
			.path("id")
			.asLong();
		for (String kind : List.of("pdf", "xml")) {
			Api.Response other = this.stranger.get("/api/v1/files/" + id + "/export." + kind);
			Api.Response missing = this.stranger.get("/api/v1/files/999999999/export." + kind);
			assertThat(other.status()).as(other.toString()).isEqualTo(404);
			assertThat(missing.status()).as(missing.toString()).isEqualTo(404);
			assertThat(other.text().replaceAll("\\d[\\d.,]*", "N")).as("another agency's file answers as a missing one")
				.isEqualTo(missing.text().replaceAll("\\d[\\d.,]*", "N"));
		}
		Api reader = approvedReader("Cầm Văn Pha");
		assertThat(reader.get("/api/v1/files/" + id + "/export.pdf").status()).as("a reader downloads nothing")
			.isEqualTo(403);
	}

	private Api approvedReader(String fullName) {
		String userId = "docgia.xk" + System.nanoTime() % 1_000_000_000L;
		Map<String, Object> form = new java.util.HashMap<>();
		form.put("userId", userId);
		form.put("password", PASSWORD);
		form.put("fullName", fullName);
		form.put("birthDate", "1990-05-17");
		form.put("identityNumber", String.format("%012d", System.nanoTime() % 1_000_000_000_000L));
		form.put("nationality", "Việt Nam");
		form.put("address", "Số 5 đường Tô Hiệu, phường Tô Hiệu, tỉnh Sơn La");
		form.put("phone", "0912345678");
		form.put("email", userId + "@example.vn");
		form.put("organisation", "Trường Đại học Tây Bắc");
		Api.Response registered = anonymous().post("/api/v1/readers", form);
		assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
		Api archive = createUser(historicalArchive(), "historical-archive");
		Api.Response decided = archive.post("/api/v1/readers/" + userId + "/decision", Map.of("decision", "APPROVE"));
		assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
		return as(userId);
	}

}
