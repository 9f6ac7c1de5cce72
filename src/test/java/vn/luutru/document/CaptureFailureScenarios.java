package vn.luutru.document;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.luutru.content.ContentProperties;
import vn.luutru.content.SamplePdfs;
import vn.luutru.support.Api;
import vn.luutru.support.Api.Part;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** A failed capture leaves no row, no content file and no audit event behind. */

abstract class CaptureFailureScenarios extends ApiTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ContentProperties content;

	@Autowired
	MultipartProperties multipart;

	private String clerkId;

	private Api clerk;

	private long fileId;

	@BeforeEach
	void openFile() {
		String agency = createAgency("UBND huyện Mộc Châu", false).path("code").asText();
		this.clerk = createUser(agency, "clerk");
		this.clerkId = this.clerk.get("/api/v1/users/me").json().path("userId").asText();
		this.fileId = this.clerk
			.post("/api/v1/files",
					Map.of("year", 2025, "fileNotation", "01.VP", "title", "Hồ sơ tiếp dân", "maintenanceCode", "05"))
			.json()
			.path("id")
			.asLong();
	}

	record Snapshot(long documents, long auditEvents, long contentFiles) {

	}

	/** Files in both content locations, staging included. */
	static long contentFiles(ContentProperties content) throws IOException {
		long files = 0;
		for (Path location : new Path[] { content.root(), content.replicaRoot() }) {
			try (Stream<Path> walk = Files.walk(location)) {
				// Not the marker of the second copies' pass after start.
				files += walk.filter(Files::isRegularFile)
					.filter((p) -> !p.getFileName().toString().equals(".replicated"))
					.count();
			}
		}
		return files;
	}

	Snapshot snapshot() throws IOException {
		return new Snapshot(this.jdbc.queryForObject("select count(*) from lt_document", Long.class),
				this.jdbc.queryForObject("select count(*) from lt_audit_event", Long.class),
				contentFiles(this.content));
	}

	@Test
	void rejectedUploadsStoreNothing() throws IOException {
		Snapshot before = snapshot();
		String path = "/api/v1/files/" + this.fileId + "/documents";
		byte[] pdf = SamplePdfs.plainPdf(1);
		Map<String, Object> noDate = Map.of("typeName", "22", "organName", "UBND huyện Mộc Châu", "subject",
				"V/v tiếp công dân", "numberOfPage", 1);
		assertThat(this.clerk
			.multipart(path,
					Api.parts("metadata", Part.json(noDate), "content", Part.file("a.pdf", "application/pdf", pdf)))
			.status()).isEqualTo(400);
		Map<String, Object> ok = Map.of("typeName", "22", "organName", "UBND huyện Mộc Châu", "subject",
				"V/v tiếp công dân", "numberOfPage", 1, "issuedDate", "2025-05-05");
		assertThat(this.clerk
			.multipart(path,
					Api.parts("metadata", Part.json(ok), "content",
							Part.file("a.pdf", "application/pdf", java.util.Arrays.copyOf(pdf, pdf.length - 40))))
			.status()).isEqualTo(400);
		assertThat(this.clerk.multipart(path, Api.parts("metadata", Part.json(ok))).status()).isEqualTo(400);
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void aSecondCopyThatCannotBeWrittenFailsTheCaptureAndStoresNothing() throws IOException {
		Snapshot before = snapshot();
		String path = "/api/v1/files/" + this.fileId + "/documents";
		Map<String, Object> ok = Map.of("typeName", "22", "organName", "UBND huyện Mộc Châu", "subject",
				"V/v tiếp công dân", "numberOfPage", 1, "issuedDate", "2025-05-05");
		// The second disk fails: its staging area cannot take a file.
		Path staging = this.content.replicaRoot().resolve(".staging");
		Path away = this.content.replicaRoot().resolve(".staging-away");
		Files.move(staging, away);
		Files.writeString(staging, "not a directory");
		// Bytes no other test stored: bytes both copies hold already need no new copy.
		byte[] pdf = SamplePdfs.plainPdf("Công văn " + java.util.UUID.randomUUID(), 2);
		Api.Response refused;
		try {
			refused = this.clerk.multipart(path,
					Api.parts("metadata", Part.json(ok), "content", Part.file("a.pdf", "application/pdf", pdf)));
		}
		finally {
			Files.delete(staging);
			Files.move(away, staging);
		}
		assertThat(refused.status()).isEqualTo(503);
		assertThat(refused.json().path("detail").asText()).contains("Kho lưu trữ nội dung");
		assertThat(snapshot()).isEqualTo(new Snapshot(before.documents(), before.auditEvents(), before.contentFiles()));
		assertThat(this.clerk.get("/api/v1/files/" + this.fileId).json().path("docTotal").asInt()).isZero();
		// Once the disk is back, the same upload is kept in both places.
		assertThat(this.clerk
			.multipart(path,
					Api.parts("metadata", Part.json(ok), "content", Part.file("a.pdf", "application/pdf", pdf)))
			.status()).isEqualTo(201);
		assertThat(snapshot().contentFiles()).isEqualTo(before.contentFiles() + 2);
	}

	@Test
	void aLostOrRottedFirstCopyIsReadFromTheSecond() throws IOException {
		Map<String, Object> ok = Map.of("typeName", "22", "organName", "UBND huyện Mộc Châu", "subject",
				"V/v tiếp công dân", "numberOfPage", 1, "issuedDate", "2025-05-05");
		byte[] pdf = SamplePdfs.plainPdf(3);
		Api.Response created = this.clerk.multipart("/api/v1/files/" + this.fileId + "/documents",
				Api.parts("metadata", Part.json(ok), "content", Part.file("a.pdf", "application/pdf", pdf)));
		assertThat(created.status()).isEqualTo(201);
		String sha = created.json().path("contentSha256").asText();
		Path relative = Path.of(sha.substring(0, 2), sha.substring(2, 4), sha);
		Path first = this.content.root().resolve(relative);
		Path second = this.content.replicaRoot().resolve(relative);
		assertThat(first).hasBinaryContent(pdf);
		assertThat(second).hasBinaryContent(pdf);
		String content = "/api/v1/documents/" + created.json().path("id").asLong() + "/content";
		Files.write(first, "bit rot".getBytes(StandardCharsets.UTF_8), java.nio.file.StandardOpenOption.APPEND);
		assertThat(this.clerk.get(content).body()).isEqualTo(pdf);
		Files.delete(first);
		assertThat(this.clerk.get(content).body()).isEqualTo(pdf);
		assertThat(first).as("the lost copy made again").hasBinaryContent(pdf);
	}

	@Test
	void uploadCutOffHalfWayStoresNothing() throws Exception {
		Snapshot before = snapshot();
		byte[] body = new byte[4 * 1024 * 1024];
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(rawCaptureHead("----cutoff", "big.pdf", "application/pdf", body.length));
			out.write(body, 0, body.length / 2);
			out.flush();
		}
		// The server notices the closed connection while reading the body and drops the
		// staging file the body was streaming into; give it a moment (longer on a loaded
		// machine).
		for (int i = 0; i < 300 && !snapshot().equals(before); i++) {
			Thread.sleep(100);
		}
		Thread.sleep(500);
		assertThat(snapshot()).isEqualTo(before);
		assertThat(this.clerk.get("/api/v1/files/" + this.fileId).json().path("docTotal").asInt()).isZero();
	}

	private static final String META = "{\"typeName\":\"22\",\"issuedDate\":\"2025-05-05\",\"organName\":\"UBND\","
			+ "\"subject\":\"x\",\"numberOfPage\":1}";

	/**
	 * The request line, headers and multipart head of a capture written on a socket, its
	 * content part of {@code contentLength} bytes to follow, then the closing boundary.
	 */
	private byte[] rawCaptureHead(String boundary, String fileName, String type, long contentLength) {
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + META + "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"content\"; filename=\"" + fileName + "\"\r\n"
				+ "Content-Type: " + type + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		long declared = head.length + contentLength + ("\r\n--" + boundary + "--\r\n").length();
		String auth = Base64.getEncoder()
			.encodeToString((this.clerkId + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		String request = "POST /api/v1/files/" + this.fileId + "/documents HTTP/1.1\r\nHost: localhost\r\n"
				+ "Authorization: Basic " + auth + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
				+ "\r\nContent-Length: " + declared + "\r\nConnection: close\r\n\r\n";
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		out.writeBytes(request.getBytes(StandardCharsets.UTF_8));
		out.writeBytes(head);
		return out.toByteArray();
	}

	private static long files(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return 0;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter(Files::isRegularFile).count();
		}
	}

	/** The whole answer, the server closing the connection after it. */
	private static String answer(Socket socket) throws IOException {
		socket.setSoTimeout(30_000);
		return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
	}

	/**
	 * Half-way through a 4 MB upload its bytes are in the content store's staging file
	 * and nowhere else: no temporary multipart file in the upload spool (where the
	 * container would write a part over 1 MB first). Once sent, the document is captured
	 * and nothing temporary is left.
	 */
	@Test
	void anUploadIsStreamedIntoTheStoreWithoutATemporaryMultipartFile() throws Exception {
		Snapshot before = snapshot();
		Path spool = Path.of(this.multipart.getLocation());
		Path staging = this.content.root().resolve(".staging");
		long spoolBefore = files(spool);
		// Plain text, well over the 1 MB the container keeps in memory before it spools.
		byte[] body = "Biên bản họp giao ban tuần, dòng nội dung.\n".repeat(100_000).getBytes(StandardCharsets.UTF_8);
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(rawCaptureHead("----streamed", "bien-ban.txt", "text/plain", body.length));
			out.write(body, 0, body.length / 2);
			out.flush();
			for (int i = 0; i < 100 && files(staging) == 0; i++) {
				Thread.sleep(50);
			}
			assertThat(files(staging)).as("the staging file the upload streams into").isEqualTo(1);
			assertThat(files(spool)).as("temporary multipart files").isEqualTo(spoolBefore);
			out.write(body, body.length / 2, body.length - body.length / 2);
			out.write("\r\n------streamed--\r\n".getBytes(StandardCharsets.UTF_8));
			out.flush();
			assertThat(answer(socket)).startsWith("HTTP/1.1 201");
		}
		assertThat(files(spool)).isEqualTo(spoolBefore);
		assertThat(files(staging)).isZero();
		assertThat(files(this.content.replicaRoot().resolve(".staging"))).isZero();
		assertThat(snapshot())
			.isEqualTo(new Snapshot(before.documents() + 1, before.auditEvents() + 1, before.contentFiles() + 2));
	}

	/**
	 * A metadata part over its limit (1 MB), sent after the content: 413 in both
	 * languages, and the content already staged is dropped.
	 */
	@Test
	void anOversizedPartAfterTheContentIsRefusedWith413AndStoresNothing() throws IOException {
		Snapshot before = snapshot();
		String padded = META.substring(0, META.length() - 1) + ",\"pad\":\"" + "x".repeat(1024 * 1024) + "\"}";
		Map<String, Part> parts = new java.util.LinkedHashMap<>();
		parts.put("content", Part.file("a.pdf", "application/pdf", SamplePdfs.plainPdf(5)));
		parts.put("metadata", new Part(null, "application/json", padded.getBytes(StandardCharsets.UTF_8)));
		Api.Response r = this.clerk.multipart("/api/v1/files/" + this.fileId + "/documents", parts);
		vn.luutru.common.ProblemAssert.refused(r, 413, "content", "vượt quá dung lượng", "larger than allowed");
		assertThat(snapshot()).isEqualTo(before);
	}

}
