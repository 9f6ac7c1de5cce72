package vn.luutru.crash;

import java.time.ZoneId;
import java.time.LocalDate;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.util.FileSystemUtils;

import vn.luutru.support.Api;
import vn.luutru.support.MariaDb;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3: the JVM running the engine is killed (SIGKILL) in the middle of building a
 * transfer package and in the middle of erasing a destruction batch's content; a new JVM
 * on the same database and content store takes the step up again once the dead node's job
 * lock has expired, and the batch ends exactly as a batch run without a crash: same path
 * through the process, same file states and custody, a verified package, content erased
 * once with its metadata kept, each step's audit event once, the audit chain intact, no
 * temporary files left. Each batch is compared with a control batch of the same agency
 * that ran uninterrupted on the first node.
 * <p>
 * The nodes are child JVMs ({@link Node}) on a database of their own, the test database's
 * name + {@code _crash}, with their data folder under {@code target/crash/}.
 */
@Tag("mysql")
@ExtendWith(MariaDb.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EngineKilledMidStepTest {

	static final String ADMIN_PASSWORD = "admin-test-pw";

	/**
	 * A job stays locked to the node that took it for 8 s: long enough for every step
	 * here to end on a live node, short enough for the next node to take up a dead node's
	 * job soon after it starts.
	 */
	static final long LOCK_MILLIS = 8000;

	static final int DOCUMENT_BYTES = 3 * 1024 * 1024;

	static final Path WORK = Path.of("target", "crash").toAbsolutePath();

	static final Path CONTENT = WORK.resolve("data").resolve("content");

	static final Path REPLICA = WORK.resolve("data").resolve("content-replica");

	static final List<Path> LOCATIONS = List.of(CONTENT, REPLICA);

	static Crash db;

	static Node node;

	static int started;

	static List<String> users;

	static String agencyCode;

	static long archiveId;

	static Batch controlTransfer;

	static Batch crashTransfer;

	static Batch controlDestruction;

	static Batch crashDestruction;

	record Batch(long id, String code, List<JsonNode> files) {
	}

	@BeforeAll
	static void nodeWithFourBatches() throws Exception {
		db = Crash.database();
		FileSystemUtils.deleteRecursively(WORK);
		Files.createDirectories(WORK);
		Officers o = officers();
		Api admin = o.admin;
		JsonNode archive = Officers.ok(
				admin.post("/api/v1/agencies", Map.of("code", "001.00.16.T01", "fondsCode", "P001", "name",
						"Trung tâm Lưu trữ lịch sử tỉnh Sơn La", "historicalArchive", true, "transferSource", true)),
				201);
		archiveId = archive.path("id").asLong();
		agencyCode = Officers
			.ok(admin.post("/api/v1/agencies", Map.of("code", "002.00.16.T02", "fondsCode", "P002", "name",
					"Sở Nội vụ tỉnh Sơn La", "historicalArchive", false, "transferSource", true)), 201)
			.path("code")
			.asText();
		users = new ArrayList<>();
		for (String role : List.of("clerk", "archivist", "agency-head", "council", "historical-archive")) {
			String userId = "crash." + role;
			Officers.ok(
					admin.post("/api/v1/users", Map.of("userId", userId, "firstName", "Nguyễn Văn", "lastName", "Thử",
							"password", Officers.PASSWORD, "agencyCode",
							role.startsWith("historical") ? "001.00.16.T01" : agencyCode, "roles", List.of(role))),
					201);
			users.add(userId);
		}
		o = officers();
		Set<Long> known = new HashSet<>();
		List<JsonNode> files = o.depositedFiles(2, 2, 256 * 1024, "01", 2016, 100);
		controlTransfer = batch(o.sweep(agencyCode, "transfers", known), files);
		// Many files with a few small documents each: erasure is a loop over files.
		files = o.depositedFiles(3, 2, 2048, "06", 2008, 200);
		controlDestruction = batch(o.sweep(agencyCode, "destructions", known), files);
		// Big content: building the package takes seconds, time enough to be caught.
		files = o.depositedFiles(4, 3, DOCUMENT_BYTES, "01", 2016, 300);
		crashTransfer = batch(o.sweep(agencyCode, "transfers", known), files);
		files = o.depositedFiles(24, 2, 2048, "06", 2008, 400);
		crashDestruction = batch(o.sweep(agencyCode, "destructions", known), files);
	}

	@AfterAll
	static void stopNode() throws Exception {
		if (node != null) {
			node.close();
		}
		if (db != null) {
			db.drop();
		}
		FileSystemUtils.deleteRecursively(CONTENT);
		FileSystemUtils.deleteRecursively(REPLICA);
	}

	@Test
	@Order(1)
	void packagingKilledHalfWayResumesOnANewNodeAndEndsAsAnUninterruptedRun() throws Exception {
		Officers o = officers();
		transfer(o, controlTransfer, true);
		o.awaitTask(o.head, crashTransfer.code(), "Task_ApproveTransferList");
		o.engine.complete(o.head, crashTransfer.code(), "Task_ApproveTransferList", "decision", "APPROVE");
		// The package is written to a staging file before it goes into the store: kill
		// the node as soon as that file has grown past its first megabyte.
		long total = 12L * DOCUMENT_BYTES;
		Path partial = awaitThenKill("the package being written",
				() -> staging().stream().filter((p) -> size(p) > 1024 * 1024).findFirst().orElse(null));
		long written = size(partial);
		System.out.printf("[crash] package: %d of about %d bytes written when killed%n", written, total);
		assertThat(written).as("package bytes written when killed").isBetween(1024L * 1024, total / 2);
		assertThat(db.text("select status from lt_batch where id = " + crashTransfer.id())).isEqualTo("APPROVED");
		assertThat(db.text("select package_sha256 from lt_batch where id = " + crashTransfer.id())).isNull();
		assertThat(db.lockedJobs(crashTransfer.code(), "Task_BuildTransferPackage"))
			.as("the package job, still locked to the dead node")
			.isEqualTo(1);

		o = officers();
		transfer(o, crashTransfer, false);
		assertSamePath(controlTransfer, crashTransfer, "transfer");
		for (Batch b : List.of(controlTransfer, crashTransfer)) {
			assertThat(db.text("select status from lt_batch where id = " + b.id()))
				.isEqualTo(db.text("select status from lt_batch where id = " + controlTransfer.id()));
			for (JsonNode f : b.files()) {
				JsonNode now = o.archiveOfficer.get("/api/v1/files/" + f.path("id").asLong()).json();
				assertThat(now.path("status").asText()).isEqualTo("TRANSFERRED");
				assertThat(now.path("custodyAgencyId").asLong()).isEqualTo(archiveId);
			}
			assertThat(db.actions("batch", b.code())).as("audit of %s", b.code())
				.containsExactlyInAnyOrderElementsOf(db.actions("batch", controlTransfer.code()));
			assertThat(db.actions("batch", b.code()).stream().filter("PACKAGE_BUILT"::equals)).hasSize(1);
			assertPackage(o, b);
		}
		assertThat(db.jobRuns(crashTransfer.code(), "Task_BuildTransferPackage"))
			.as("package job: successful runs, failed runs")
			.containsExactly(1L, 0L);
		assertCleanEnd(o);
	}

	@Test
	@Order(2)
	void erasureKilledHalfWayResumesOnANewNodeAndEndsAsAnUninterruptedRun() throws Exception {
		Officers o = officers();
		destroy(o, controlDestruction);
		o.awaitTask(o.council, crashDestruction.code(), "Task_CouncilReview");
		o.engine.complete(o.council, crashDestruction.code(), "Task_CouncilReview", "councilDecisions", "[]");
		o.awaitTask(o.head, crashDestruction.code(), "Task_ApproveDestruction");
		List<Path> content = o.contentOf(crashDestruction.files())
			.stream()
			.flatMap((sha) -> LOCATIONS.stream().map((location) -> stored(location, sha)))
			.toList();
		assertThat(content).as("two copies of each document")
			.hasSize(2 * 2 * crashDestruction.files().size())
			.allMatch(Files::exists);
		o.engine.complete(o.head, crashDestruction.code(), "Task_ApproveDestruction", "decision", "APPROVE",
				"decisionNumber", "15/QĐ-SNV", "decisionDate", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString());
		// The step destroys the files one by one, each in a transaction of its own (its
		// row, its item, its audit event; its bytes once that commits). A probe that
		// reads
		// uncommitted rows sees the files marked so far: kill the node once three are,
		// the
		// third maybe still uncommitted.
		long[] marked = new long[1];
		try (Connection probe = DriverManager.getConnection(db.url(), db.user(), db.password());
				Statement setUp = probe.createStatement();
				PreparedStatement destroyedSoFar = probe.prepareStatement(
						"select count(*) from lt_batch_item where batch_id = ? and status = 'DESTROYED'")) {
			setUp.execute("set session transaction isolation level read uncommitted");
			destroyedSoFar.setLong(1, crashDestruction.id());
			awaitThenKill("three files marked destroyed", () -> {
				try (ResultSet rs = destroyedSoFar.executeQuery()) {
					marked[0] = rs.next() ? rs.getLong(1) : 0;
					return (marked[0] >= 3) ? CONTENT : null;
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
		}
		System.out.printf("[crash] erasure: %d of %d files marked when killed%n", marked[0],
				crashDestruction.files().size());
		long committed = db.count("select count(*) from lt_batch_item where status = 'DESTROYED' and batch_id = "
				+ crashDestruction.id());
		assertThat(committed).as("files whose destruction committed before the kill")
			.isBetween(2L, crashDestruction.files().size() - 1L);
		assertThat(db.count("select count(*) from lt_audit_event where action = 'FILE_DESTROYED' and details like '%"
				+ crashDestruction.code() + "%'"))
			.as("each committed file with its audit event, nothing more")
			.isEqualTo(committed);
		assertThat(db.lockedJobs(crashDestruction.code(), "Task_EraseContent"))
			.as("the erasure job, still locked to the dead node")
			.isEqualTo(1);

		o = officers();
		o.awaitEnded(crashDestruction.code());
		assertSamePath(controlDestruction, crashDestruction, "destruction");
		assertThat(content).noneMatch(Files::exists);
		for (Batch b : List.of(controlDestruction, crashDestruction)) {
			assertThat(db.text("select status from lt_batch where id = " + b.id()))
				.isEqualTo(db.text("select status from lt_batch where id = " + controlDestruction.id()));
			for (JsonNode f : b.files()) {
				String code = f.path("fileCode").asText();
				assertThat(o.clerk.get("/api/v1/files/" + f.path("id").asLong()).json().path("status").asText())
					.isEqualTo("DESTROYED");
				JsonNode docs = o.clerk.get("/api/v1/files/" + f.path("id").asLong() + "/documents").json();
				assertThat(docs).as("tombstones of %s", code).hasSize(2);
				for (JsonNode d : docs) {
					assertThat(d.path("contentSha256").asText()).hasSize(64);
					assertThat(o.clerk.get("/api/v1/documents/" + d.path("id").asLong() + "/content").status())
						.isEqualTo(409);
				}
				List<String> destroyed = db.texts("select details from lt_audit_event where action = "
						+ "'FILE_DESTROYED' and entity_id = '" + code + "'");
				assertThat(destroyed).as("%s destroyed once", code).hasSize(1);
				assertThat(destroyed.get(0)).as("both objects counted, as in an uninterrupted run")
					.contains("\"contentObjectsErased\":2");
			}
			assertThat(db.actions("batch", b.code()))
				.containsExactlyInAnyOrderElementsOf(db.actions("batch", controlDestruction.code()));
		}
		assertThat(db.jobRuns(crashDestruction.code(), "Task_EraseContent"))
			.as("erasure job: successful runs, failed runs")
			.containsExactly(1L, 0L);
		assertCleanEnd(o);
	}

	// --- steps
	// ----------------------------------------------------------------------------

	static void transfer(Officers o, Batch b, boolean approve) throws Exception {
		if (approve) {
			o.awaitTask(o.head, b.code(), "Task_ApproveTransferList");
			o.engine.complete(o.head, b.code(), "Task_ApproveTransferList", "decision", "APPROVE");
		}
		o.awaitTask(o.archiveOfficer, b.code(), "Task_AcceptTransfer");
		o.engine.complete(o.archiveOfficer, b.code(), "Task_AcceptTransfer", "decision", "APPROVE");
		o.awaitEnded(b.code());
	}

	static void destroy(Officers o, Batch b) throws Exception {
		o.awaitTask(o.council, b.code(), "Task_CouncilReview");
		o.engine.complete(o.council, b.code(), "Task_CouncilReview", "councilDecisions", "[]");
		o.awaitTask(o.head, b.code(), "Task_ApproveDestruction");
		o.engine.complete(o.head, b.code(), "Task_ApproveDestruction", "decision", "APPROVE", "decisionNumber",
				"15/QĐ-SNV", "decisionDate", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString());
		o.awaitEnded(b.code());
	}

	/** Polls for the evidence that the step is under way, then kills the node at once. */
	static Path awaitThenKill(String what, java.util.function.Supplier<Path> evidence) throws Exception {
		long deadline = System.nanoTime() + Officers.WAIT.toNanos();
		while (System.nanoTime() < deadline && node.alive()) {
			Path found = evidence.get();
			if (found != null) {
				node.kill();
				System.out.printf("[crash] %s killed after %s: %s%n", node.name, what, found);
				return found;
			}
			Thread.sleep(1);
		}
		throw new AssertionError("never saw " + what + "\n" + node.tail(60));
	}

	/** The running node, or a new one when the last was killed. */
	static Officers officers() throws Exception {
		if (node == null || !node.alive()) {
			node = Node.start("node" + (++started), WORK, db.url(), db.user(), db.password(), LOCK_MILLIS);
		}
		return new Officers(node, ADMIN_PASSWORD, (users != null) ? users : List.of("-", "-", "-", "-", "-"));
	}

	static Batch batch(List<JsonNode> batches, List<JsonNode> files) {
		assertThat(batches).hasSize(1);
		assertThat(batches.get(0).path("fileCount").asInt()).isEqualTo(files.size());
		return new Batch(batches.get(0).path("id").asLong(), batches.get(0).path("code").asText(), files);
	}

	// --- checks
	// ---------------------------------------------------------------------------

	static void assertSamePath(Batch control, Batch crashed, String process) throws SQLException {
		assertThat(db.activities(crashed.code(), process)).as("activities of %s", crashed.code())
			.isEqualTo(db.activities(control.code(), process));
		assertThat(db.count("select count(*) from ACT_RU_EXECUTION where BUSINESS_KEY_ = '" + crashed.code() + "'"))
			.isZero();
	}

	static void assertPackage(Officers o, Batch b) throws Exception {
		JsonNode batch = o.archiveOfficer.get("/api/v1/transfers/" + b.id()).json();
		Api.Response zip = o.archiveOfficer.get("/api/v1/transfers/" + b.id() + "/package");
		assertThat(zip.status()).isEqualTo(200);
		String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip.body()));
		assertThat(sha).isEqualTo(db.text("select package_sha256 from lt_batch where id = " + b.id()));
		assertThat(batch.toString()).contains(sha);
		List<String> entries = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				entries.add(e.getName());
			}
		}
		for (JsonNode f : b.files()) {
			assertThat(entries).as("the package of %s", b.code())
				.anyMatch((n) -> n.contains("/data/" + f.path("fileCode").asText() + ".1"));
		}
	}

	/**
	 * The audit chain verifies; no temporary file is left, in the store or outside it;
	 * every object in either location of the store is one a row refers to, and every
	 * object a row refers to is in both.
	 */
	static void assertCleanEnd(Officers o) throws Exception {
		assertThat(o.admin.get("/api/v1/audit/verify").json().path("intact").asBoolean()).isTrue();
		try (Stream<Path> tmp = Files.list(WORK.resolve("tmp"))) {
			assertThat(tmp.filter((p) -> p.getFileName().toString().startsWith("luutru")))
				.as("files left in the nodes' temporary folder")
				.isEmpty();
		}
		// A killed node's staging file goes once untouched for the grace (PT5S here),
		// whether or not a node started after that.
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (!staging().isEmpty() && System.nanoTime() < deadline) {
			Thread.sleep(500);
		}
		assertThat(staging()).as("staging files left in the store").isEmpty();
		Set<String> referenced = db.referencedContent();
		for (Path location : LOCATIONS) {
			try (Stream<Path> stored = Files.walk(location)) {
				assertThat(stored.filter(Files::isRegularFile)
					.filter((p) -> !p.getParent().endsWith(".staging"))
					.filter((p) -> !p.equals(location.resolve(".replicated")))
					.map((p) -> p.getFileName().toString())
					.filter((name) -> !referenced.contains(name))
					.toList()).as("objects in %s no row refers to", location).isEmpty();
			}
			assertThat(referenced.stream().filter((sha) -> !Files.isRegularFile(stored(location, sha))).toList())
				.as("objects rows refer to, missing in %s", location)
				.isEmpty();
		}
	}

	/** Staging files in either location of the store. */
	static List<Path> staging() {
		List<Path> all = new java.util.ArrayList<>();
		for (Path location : LOCATIONS) {
			try (Stream<Path> files = Files.list(location.resolve(".staging"))) {
				all.addAll(files.toList());
			}
			catch (java.io.IOException ex) {
				// Not created yet.
			}
		}
		return all;
	}

	static long size(Path p) {
		try {
			return Files.size(p);
		}
		catch (java.io.IOException ex) {
			return -1;
		}
	}

	static Path stored(Path location, String sha) {
		return location.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
	}

	/** The test's own database, reached over plain JDBC. */
	record Crash(String server, String name, String user, String password) {

		static Crash database() throws SQLException {
			return database("_crash");
		}

		/** A new empty database: the test database's name + the suffix. */
		static Crash database(String suffix) throws SQLException {
			String testUrl = env("LUUTRU_TEST_DB_URL", "jdbc:mysql://127.0.0.1:3306/test");
			int slash = testUrl.indexOf('/', "jdbc:mysql://".length());
			Crash db = new Crash(testUrl.substring(0, slash),
					testUrl.substring(slash + 1).replaceAll("[?;].*$", "") + suffix, env("LUUTRU_TEST_DB_USER", "root"),
					env("LUUTRU_TEST_DB_PASSWORD", ""));
			try (Connection c = DriverManager.getConnection(db.server() + "/", db.user(), db.password());
					Statement s = c.createStatement()) {
				s.execute("drop database if exists " + db.name());
				s.execute("create database " + db.name() + " character set utf8mb4 collate utf8mb4_unicode_ci");
			}
			return db;
		}

		String url() {
			return this.server + "/" + this.name;
		}

		void drop() throws SQLException {
			try (Connection c = DriverManager.getConnection(this.server + "/", this.user, this.password);
					Statement s = c.createStatement()) {
				s.execute("drop database if exists " + this.name);
			}
		}

		long count(String sql) throws SQLException {
			return Long.parseLong(text(sql));
		}

		String text(String sql) throws SQLException {
			List<String> all = texts(sql);
			return all.isEmpty() ? null : all.get(0);
		}

		List<String> texts(String sql) throws SQLException {
			List<String> rows = new ArrayList<>();
			try (Connection c = DriverManager.getConnection(url(), this.user, this.password);
					PreparedStatement ps = c.prepareStatement(sql);
					ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					rows.add(rs.getString(1));
				}
			}
			return rows;
		}

		List<String> actions(String entityType, String entityId) throws SQLException {
			return texts("select action from lt_audit_event where entity_type = '" + entityType + "' and entity_id = '"
					+ entityId + "' order by id");
		}

		/** The activities the ended process instance passed, each as often as it did. */
		List<String> activities(String businessKey, String process) throws SQLException {
			return texts("select a.ACT_ID_ from ACT_HI_ACTINST a join ACT_HI_PROCINST p on p.ID_ = a.PROC_INST_ID_ "
					+ "where p.BUSINESS_KEY_ = '" + businessKey + "' and p.PROC_DEF_KEY_ = '" + process
					+ "' and p.END_TIME_ is not null order by a.ACT_ID_");
		}

		/** The step's jobs locked to a node. */
		long lockedJobs(String businessKey, String activity) throws SQLException {
			return count("select count(*) from ACT_RU_JOB j join ACT_RU_JOBDEF d on d.ID_ = j.JOB_DEF_ID_ "
					+ "join ACT_RU_EXECUTION p on p.ID_ = j.PROCESS_INSTANCE_ID_ where p.BUSINESS_KEY_ = '"
					+ businessKey + "' and d.ACT_ID_ = '" + activity + "' and j.LOCK_OWNER_ is not null");
		}

		/** How often the step's job ran to its end and how often it failed. */
		List<Long> jobRuns(String businessKey, String activity) throws SQLException {
			String of = "from ACT_HI_JOB_LOG l join ACT_HI_PROCINST p on p.ID_ = l.PROCESS_INSTANCE_ID_ "
					+ "where p.BUSINESS_KEY_ = '" + businessKey + "' and l.ACT_ID_ = '" + activity + "'";
			return List.of(count("select count(*) " + of + " and l.JOB_STATE_ = 2"),
					count("select count(*) " + of + " and l.JOB_STATE_ = 1"));
		}

		Set<String> referencedContent() throws SQLException {
			Set<String> shas = new HashSet<>(
					texts("select content_sha256 from lt_document where content_erased_at is null"));
			for (String column : List.of("list_sha256", "council_list_sha256", "package_sha256", "minutes_sha256")) {
				shas.addAll(texts("select " + column + " from lt_batch where " + column + " is not null"));
			}
			shas.addAll(texts("select content_sha256 from lt_audit_checkpoint"));
			shas.addAll(texts("select content_sha256 from lt_monthly_report"));
			return shas;
		}

		private static String env(String name, String fallback) {
			String value = System.getenv(name);
			return (value == null || value.isBlank()) ? fallback : value;
		}

	}

}
