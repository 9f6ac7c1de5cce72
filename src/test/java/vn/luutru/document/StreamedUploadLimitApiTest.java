package vn.luutru.document;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import vn.luutru.content.ContentProperties;
import vn.luutru.support.Api;
import vn.luutru.support.ApiTest;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload limit holds while a capture streams into the store: a body without a
 * declared length (chunked) is cut once its content passes the limit, with 413 in both
 * languages, and leaves no staging file, content, row or audit event. A limit of its own:
 * a JVM of its own (tag isolated), since a second Spring context would take over the
 * engine's registry.
 */
@ApiTest
@Tag("isolated")
@TestPropertySource(properties = "luutru.content.max-upload-size=1MB")
class StreamedUploadLimitApiTest extends ApiTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ContentProperties content;

	private String clerkId;

	private long fileId;

	@BeforeEach
	void openFile() {
		String agency = createAgency("UBND huyện Mộc Châu", false).path("code").asText();
		Api clerk = createUser(agency, "clerk");
		this.clerkId = clerk.get("/api/v1/users/me").json().path("userId").asText();
		this.fileId = clerk
			.post("/api/v1/files",
					Map.of("year", 2025, "fileNotation", "01.VP", "title", "Hồ sơ tiếp dân", "maintenanceCode", "05"))
			.json()
			.path("id")
			.asLong();
	}

	private long storedFiles() throws IOException {
		return CaptureFailureScenarios.contentFiles(this.content);
	}

	@Test
	void aChunkedBodyOverTheLimitIsCutWith413AndStoresNothing() throws Exception {
		long files = storedFiles();
		long documents = this.jdbc.queryForObject("select count(*) from lt_document", Long.class);
		long events = this.jdbc.queryForObject("select count(*) from lt_audit_event", Long.class);
		String boundary = "----limit";
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
				+ "Content-Type: application/json\r\n\r\n{\"typeName\":\"22\",\"issuedDate\":\"2025-05-05\","
				+ "\"organName\":\"UBND huyện Mộc Châu\",\"subject\":\"x\",\"numberOfPage\":1}\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"content\"; filename=\"lon.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\n";
		byte[] line = "Biên bản họp giao ban tuần.\n".getBytes(StandardCharsets.UTF_8);
		String auth = Base64.getEncoder()
			.encodeToString((this.clerkId + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		String answer;
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(60_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/v1/files/" + this.fileId + "/documents HTTP/1.1\r\nHost: localhost\r\n"
					+ "Authorization: Basic " + auth + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
					+ "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			chunk(out, head.getBytes(StandardCharsets.UTF_8));
			// 1.5 MB of content against a 1 MB limit (what is left under Tomcat's 2 MB
			// swallow
			// limit, so the answer is read before the connection closes).
			try {
				byte[] block = new byte[64 * 1024];
				for (int i = 0; i < block.length; i++) {
					block[i] = line[i % line.length];
				}
				for (int sent = 0; sent < 1536 * 1024; sent += block.length) {
					chunk(out, block);
				}
				chunk(out, ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
				out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				out.flush();
			}
			catch (IOException ex) {
				// The server answered and closed the connection before the body ended.
			}
			answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(answer).startsWith("HTTP/1.1 413")
			.contains("Tệp vượt quá dung lượng cho phép")
			.contains("The file is larger than allowed");
		assertThat(storedFiles()).as("staging files and content").isEqualTo(files);
		assertThat(this.jdbc.queryForObject("select count(*) from lt_document", Long.class)).isEqualTo(documents);
		assertThat(this.jdbc.queryForObject("select count(*) from lt_audit_event", Long.class)).isEqualTo(events);
	}

	private static void chunk(OutputStream out, byte[] bytes) throws IOException {
		out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(bytes);
		out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
	}

}
