package vn.luutru.crash;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.util.FileSystemUtils;

import vn.luutru.intake.IntakeUploads;
import vn.luutru.support.Api;
import vn.luutru.support.Api.Part;
import vn.luutru.support.MariaDb;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10: the JVM capturing a bulk intake is killed (SIGKILL) in the middle of a chunk;
 * a new JVM on the same database and store takes the chunk up once the dead node's job
 * lock has passed, and the intake ends with every row captured exactly once: no document
 * twice, no object in the store that no document uses, the audit chain intact.
 */
@Tag("mysql")
@ExtendWith(MariaDb.class)
class IntakeKilledMidCaptureTest {

	static final int DOCUMENTS = 400;

	static final Path WORK = Path.of("target", "crash-intake").toAbsolutePath();

	static EngineKilledMidStepTest.Crash db;

	static Node node;

	@AfterAll
	static void stop() throws Exception {
		if (node != null) {
			node.close();
		}
		if (db != null) {
			db.drop();
		}
		FileSystemUtils.deleteRecursively(WORK);
	}

	@Test
	void anIntakeKilledMidCaptureResumesOnANewNodeWithEveryRowCapturedOnce() throws Exception {
		db = EngineKilledMidStepTest.Crash.database();
		FileSystemUtils.deleteRecursively(WORK);
		Files.createDirectories(WORK);
		node = start("node1");
		Api admin = node.as("admin", EngineKilledMidStepTest.ADMIN_PASSWORD);
		String agency = Officers
			.ok(admin.post("/api/v1/agencies", Map.of("code", "003.00.16.T03", "fondsCode", "P003", "name",
					"Sở Nội vụ tỉnh Sơn La", "historicalArchive", false, "transferSource", true)), 201)
			.path("code")
			.asText();
		Officers.ok(
				admin
					.post("/api/v1/users",
							Map.of("userId", "intake.clerk", "firstName", "Nguyễn Văn", "lastName", "Thử", "password",
									Officers.PASSWORD, "agencyCode", agency, "roles", List.of("clerk", "archivist"))),
				201);
		Api clerk = node.as("intake.clerk", Officers.PASSWORD);
		JsonNode intake = Officers.ok(
				clerk.multipart("/api/v1/intakes", Api.parts("file",
						Part.file("nhap.zip", "application/zip", IntakeUploads.manyDocuments("01.VP", DOCUMENTS)))),
				202);
		long id = intake.path("id").asLong();

		long deadline = System.nanoTime() + Officers.WAIT.toNanos();
		long captured = 0;
		while (System.nanoTime() < deadline && captured < 60) {
			captured = db
				.count("select count(*) from lt_intake_row where intake_id = " + id + " and status = 'CAPTURED'");
			Thread.sleep(5);
		}
		node.kill();
		captured = db.count("select count(*) from lt_intake_row where intake_id = " + id + " and status = 'CAPTURED'");
		System.out.printf("[crash] intake: %d of %d rows captured when killed%n", captured, DOCUMENTS);
		assertThat(captured).as("rows captured when killed").isBetween(60L, DOCUMENTS - 50L);
		assertThat(db.count("select count(*) from lt_document")).isEqualTo(captured);

		node = start("node2");
		clerk = node.as("intake.clerk", Officers.PASSWORD);
		deadline = System.nanoTime() + Officers.WAIT.toNanos();
		JsonNode view = clerk.get("/api/v1/intakes/" + id).json();
		while (System.nanoTime() < deadline && !"CAPTURED".equals(view.path("status").asText())) {
			Thread.sleep(500);
			view = clerk.get("/api/v1/intakes/" + id).json();
		}
		assertThat(view.path("status").asText()).as(view.toString()).isEqualTo("CAPTURED");
		assertThat(view.path("capturedRows").asInt()).isEqualTo(DOCUMENTS);
		assertThat(db.count("select count(*) from lt_document")).as("documents, none twice").isEqualTo(DOCUMENTS);
		assertThat(db.count("select count(distinct code_number) from lt_document")).isEqualTo(DOCUMENTS);
		assertThat(db.count("select doc_total from lt_record_file")).isEqualTo(DOCUMENTS);
		assertThat(db.text("select status from lt_record_file")).isEqualTo("DEPOSITED");
		assertThat(db.count("select count(*) from lt_audit_event where action = 'DOCUMENT_CAPTURED'"))
			.isEqualTo(DOCUMENTS);
		assertThat(node.as("admin", EngineKilledMidStepTest.ADMIN_PASSWORD)
			.get("/api/v1/audit/verify")
			.json()
			.path("intact")
			.asBoolean()).isTrue();
		Set<String> referenced = db.referencedContent();
		Path content = WORK.resolve("data").resolve("content");
		try (Stream<Path> stored = Files.walk(content)) {
			assertThat(stored.filter(Files::isRegularFile)
				.filter((p) -> !p.getParent().endsWith(".staging"))
				.filter((p) -> p.getFileName().toString().matches("[0-9a-f]{64}"))
				.map((p) -> p.getFileName().toString())
				.filter((name) -> !referenced.contains(name))
				.toList()).as("objects in the store no document uses").isEmpty();
		}
		assertThat(Files.list(WORK.resolve("data").resolve("intake")).toList()).as("spool once done").isEmpty();
	}

	private static Node start(String name) throws Exception {
		return Node.start(name, WORK, db.url(), db.user(), db.password(), EngineKilledMidStepTest.LOCK_MILLIS);
	}

}
