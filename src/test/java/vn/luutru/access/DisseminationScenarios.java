package vn.luutru.access;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.luutru.retention.DepositedFiles;
import vn.luutru.support.Api;
import vn.luutru.support.ApiTestSupport;
import vn.luutru.support.EarkValidator;
import vn.luutru.support.Engine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive keeping a file hands a reader's granted request over as an E-ARK DIP the
 * validator accepts, its documents marked copies; readers and other archives get none.
 */
abstract class DisseminationScenarios extends ApiTestSupport {

	private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 10_000));

	@TempDir
	Path dir;

	Api archivist;

	Api stranger;

	DepositedFiles files;

	ReadingRoomSetup readers;

	@BeforeEach
	void agencyWithArchive() {
		Engine engine = new Engine(this.admin);
		String code = createAgency("Sở Du lịch tỉnh Sơn La", false).path("code").asText();
		Api clerk = createUser(code, "clerk");
		this.archivist = createUser(code, "archivist");
		this.stranger = createUser(createAgency("Sở Công thương tỉnh Sơn La", false).path("code").asText(),
				"archivist");
		this.files = new DepositedFiles(engine, clerk, this.archivist);
		this.readers = new ReadingRoomSetup(this.port, createUser(historicalArchive(), "historical-archive"));
	}

	@Test
	void theKeepingArchiveHandsOverAGrantedFileAsADipTheValidatorAccepts() throws IOException {
		JsonNode file = this.files.deposit(SEQ.incrementAndGet() + ".DL", "Hồ sơ lễ hội Hoa Ban năm 2024", 10, 2024,
				"01");
		String fileCode = file.path("fileCode").asText();
		String readerId = "docgiadip" + SEQ.incrementAndGet();
		Api reader = this.readers.approved(readerId, "Lò Thị Hoa");
		Api.Response asked = ReadingRoomSetup.ask(reader, "01", fileCode);
		assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
		long requestId = asked.json().path("request").path("id").asLong();

		JsonNode list = this.archivist.get("/api/v1/access-requests/" + requestId + "/dip").json();
		assertThat(list).hasSize(1);
		assertThat(list.get(0).path("fileCode").asText()).isEqualTo(fileCode);
		Api.Response dip = this.archivist.get("/api/v1/access-requests/" + requestId + "/dip/" + fileCode);
		assertThat(dip.status()).as(dip.toString()).isEqualTo(200);
		String objectId = list.get(0).path("objectId").asText();
		Path zip = this.dir.resolve(objectId + ".zip");
		Files.write(zip, dip.body());

		assertThat(EarkValidator.mustErrors(zip)).isEmpty();
		Map<String, byte[]> entries = entries(dip.body());
		String mets = new String(entries.get(objectId + "/METS.xml"), StandardCharsets.UTF_8);
		assertThat(mets).contains("OAISPACKAGETYPE=\"DIP\"", "https://earkdip.dilcis.eu/profile/E-ARK-DIP.xml");
		byte[] copy = entries.get(objectId + "/representations/rep1/data/" + fileCode + ".1.pdf");
		assertThat(copy).as("the document, as a copy").isNotNull();
		try (PDDocument pdf = Loader.loadPDF(copy)) {
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
			assertThat(new PDFTextStripper().getText(pdf).trim()).as("pages are marked images, no original text")
				.isEmpty();
			BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 72);
			assertThat(redPixels(page, 0, page.getHeight() / 40)).as("the mark across the top of the page")
				.isPositive();
		}
		assertThat(entries.keySet()).noneMatch((name) -> name.contains("PREMIS"));
	}

	@Test
	void readersAndOtherArchivesGetNoDip() {
		JsonNode file = this.files.deposit(SEQ.incrementAndGet() + ".DL", "Hồ sơ du lịch cộng đồng năm 2024", 10, 2024,
				"01");
		String fileCode = file.path("fileCode").asText();
		Api reader = this.readers.approved("docgiadip" + SEQ.incrementAndGet(), "Cầm Văn Đức");
		long requestId = ReadingRoomSetup.ask(reader, "01", fileCode).json().path("request").path("id").asLong();
		String route = "/api/v1/access-requests/" + requestId + "/dip";

		assertThat(reader.get(route).status()).as("the reader downloads nothing himself").isEqualTo(403);
		assertThat(reader.get(route + "/" + fileCode).status()).isEqualTo(403);
		assertThat(this.stranger.get(route).status()).as("another archive learns nothing").isEqualTo(404);
		assertThat(this.stranger.get(route + "/" + fileCode).status()).isEqualTo(404);
		assertThat(this.archivist.get(route + "/KHONG.CO").status()).as("a file not granted").isEqualTo(404);
		assertThat(this.archivist.get(route + "/" + fileCode).status()).isEqualTo(200);
	}

	private static int redPixels(BufferedImage image, int fromY, int toY) {
		int count = 0;
		for (int y = fromY; y < toY; y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				int r = (rgb >> 16) & 0xFF;
				int g = (rgb >> 8) & 0xFF;
				int b = rgb & 0xFF;
				if (r > 120 && g < 80 && b < 80) {
					count++;
				}
			}
		}
		return count;
	}

	private static Map<String, byte[]> entries(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new HashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				entries.put(e.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

}
