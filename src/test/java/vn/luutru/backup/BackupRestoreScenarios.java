package vn.luutru.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.TestPropertySource;

import vn.luutru.LuuTruApplication;
import vn.luutru.audit.AuditSignatures;
import vn.luutru.content.ContentProperties;
import vn.luutru.content.ContentStore;
import vn.luutru.content.SamplePdfs;
import vn.luutru.crash.Node;
import vn.luutru.support.Api;
import vn.luutru.support.Api.Part;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Backup → destroy → restore: a set written through the admin API rebuilds a fresh node
 * (a new empty database, an empty store) whose audit chain verifies, whose every object
 * matches its checksum, whose files, documents and processes are all there, and whose
 * in-flight process goes on. Incremental sets hold only new objects; a tampered set or a
 * target that is not empty is refused; only administrators back up; a failed backup keeps
 * no set and raises an incident.
 */
@TestPropertySource(properties = "luutru.audit.key=" + BackupRestoreScenarios.AUDIT_KEY)
abstract class BackupRestoreScenarios extends ApiTestSupport {

	/**
	 * The audit key of the backed-up node, given to the restored one as an administrator
	 * would: it lives apart from the database and from the backup sets.
	 */
	static final String AUDIT_KEY = "a2hvYS1uaGF0LWt5LWtpZW0tdGh1LXNhby1sdXUtMzI=";

	private static final List<String> COUNTED = List.of("lt_record_file", "lt_document", "lt_audit_event",
			"ACT_RU_EXECUTION", "ACT_RU_JOB", "ACT_HI_PROCINST", "ACT_ID_USER");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ContentStore store;

	@Autowired
	ContentProperties content;

	@Autowired
	Backups backups;

	@Autowired
	AuditSignatures signatures;

	@Autowired
	BackupMapper backupLog;

	@TempDir
	Path work;

	/** A new, empty database for the restored node; its JDBC URL. */
	abstract String freshDatabase(Path work) throws Exception;

	/** The Spring profiles of the restored node. */
	abstract String nodeProfiles();

	abstract String dbUser();

	abstract String dbPassword();

	@Test
	void aRestoredFreshNodeVerifiesItsAuditChainMatchesEveryChecksumAndGoesOnWithItsProcess() throws Exception {
		Clerk clerk = newClerk();
		JsonNode file = clerk.openFile("Hồ sơ sao lưu và phục hồi");
		String sha = clerk.capture(file, "Công văn về sao lưu dữ liệu");
		Api.Response closed = clerk.api.post("/api/v1/files/" + file.path("id").asLong() + "/close",
				Map.of("endDate", "2026-02-01"));
		assertThat(closed.status()).as(closed.toString()).isLessThan(300);
		String fileCode = file.path("fileCode").asText();
		assertThat(tasksOf(this.admin, fileCode)).as("the appraisal waits in its async step, no task yet").isEmpty();
		Map<String, Long> before = counts(this.jdbc);

		JsonNode entry = backUp();
		assertThat(entry.path("status").asText()).as(entry.toString()).isEqualTo("DONE");
		Path set = Path.of(entry.path("target").asText(), entry.path("setName").asText());
		BackupManifest manifest = BackupManifest.read(set);
		assertThat(manifest.files()).extracting(BackupManifest.ManifestFile::path)
			.contains(BackupManifest.DATABASE, BackupManifest.OBJECTS);
		assertThat(Files.readAllLines(set.resolve(BackupManifest.OBJECTS))).contains(sha);

		String url = freshDatabase(this.work);
		Path data = this.work.resolve("data");
		ContentProperties fresh = new ContentProperties(data.resolve("content"), data.resolve("content-replica"),
				false);
		String[] restore = new String[] { "restore", set.toString(), "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + dbUser(), "--spring.datasource.password=" + dbPassword(),
				"--luutru.data-dir=" + data, "--luutru.content.root=" + fresh.root(),
				"--luutru.content.replica-root=" + fresh.replicaRoot(), "--luutru.content.fsync=false" };
		assertThat(BackupCommand.run(LuuTruApplication.class, restore))
			.as("refused (2) without the audit key that checks the manifest's signature")
			.isEqualTo(2);
		// The audit key lives apart from the database and the set: the new node gets it
		// as an administrator would give it, before the restore.
		Files.createDirectories(data.resolve("keys"));
		Files.writeString(data.resolve("keys").resolve("audit.key"), AUDIT_KEY);
		int exit = BackupCommand.run(LuuTruApplication.class,
				new String[] { "restore", set.toString(), "--spring.datasource.url=" + url,
						"--spring.datasource.username=" + dbUser(), "--spring.datasource.password=" + dbPassword(),
						"--luutru.data-dir=" + data, "--luutru.content.root=" + fresh.root(),
						"--luutru.content.replica-root=" + fresh.replicaRoot(), "--luutru.content.fsync=false" });
		assertThat(exit).as("the restore command's exit code").isZero();

		JdbcTemplate restored = new JdbcTemplate(dataSource(url));
		assertThat(counts(restored)).as("files, documents, audit events, processes, jobs, users").isEqualTo(before);
		ContentStore restoredStore = ContentStore.onDisk(fresh);
		List<String> objects = restoredStore.objectsAfter(null, Integer.MAX_VALUE);
		assertThat(objects)
			.containsExactlyInAnyOrderElementsOf(Files.readAllLines(set.resolve(BackupManifest.OBJECTS)));
		for (String object : objects) {
			assertThat(restoredStore.check(object).allGood()).as("both copies of %s match", object).isTrue();
		}

		try (Node node = Node.start("restored", this.work, nodeProfiles(), url, dbUser(), dbPassword(), 60_000)) {
			Api admin = node.as("admin", "admin-test-pw");
			JsonNode verdict = admin.get("/api/v1/audit/verify").json();
			assertThat(verdict.path("intact").asBoolean()).as(verdict + "\n" + node.tail(40)).isTrue();
			Api restoredClerk = node.as(clerk.userId, PASSWORD);
			JsonNode document = restoredClerk.get("/api/v1/files/" + file.path("id").asLong() + "/documents").json();
			assertThat(document.toString()).contains(sha);
			long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
			while (tasksOf(admin, fileCode).isEmpty() && System.nanoTime() < deadline) {
				Thread.sleep(500);
			}
			assertThat(tasksOf(admin, fileCode)).as("the appraisal went on to its next task\n" + node.tail(40))
				.isNotEmpty();
		}
	}

	@Test
	void anIncrementalSetHoldsOnlyTheObjectsNewSinceTheLastSet() throws Exception {
		Clerk clerk = newClerk();
		JsonNode file = clerk.openFile("Hồ sơ sao lưu gia tăng");
		String first = clerk.capture(file, "Văn bản trước lần sao lưu");
		JsonNode base = backUp();
		assertThat(base.path("status").asText()).as(base.toString()).isEqualTo("DONE");
		String second = clerk.capture(file, "Văn bản sau lần sao lưu");

		JsonNode next = backUp();

		assertThat(next.path("status").asText()).as(next.toString()).isEqualTo("DONE");
		assertThat(next.path("kind").asText()).isEqualTo("INCREMENTAL");
		assertThat(next.path("baseSetName").asText()).isEqualTo(base.path("setName").asText());
		assertThat(next.path("objectsCopied").asLong()).isEqualTo(1);
		Path set = Path.of(next.path("target").asText(), next.path("setName").asText());
		List<String> held = BackupManifest.read(set)
			.files()
			.stream()
			.map(BackupManifest.ManifestFile::path)
			.filter((p) -> p.startsWith("objects/"))
			.toList();
		assertThat(held).containsExactly(BackupManifest.objectPath(second));
		assertThat(Files.readAllLines(set.resolve(BackupManifest.OBJECTS))).as("the dump still references both")
			.contains(first, second);
	}

	@Test
	void aTamperedSetOrATargetThatIsNotEmptyIsRefused() throws Exception {
		Clerk clerk = newClerk();
		JsonNode file = clerk.openFile("Hồ sơ bộ sao lưu bị sửa");
		String sha = clerk.capture(file, "Văn bản sẽ bị sửa trong bộ sao lưu");
		JsonNode entry = backUp();
		Path set = Path.of(entry.path("target").asText(), entry.path("setName").asText());
		copyTree(set.getParent(), this.work.resolve("sets"));
		Path tampered = this.work.resolve("sets").resolve(set.getFileName());
		Path object = tampered.resolve(BackupManifest.objectPath(sha));
		if (!Files.exists(object)) {
			object = tampered.resolve(BackupManifest.DATABASE);
		}
		byte[] bytes = Files.readAllBytes(object);
		bytes[bytes.length / 2] ^= 0x01;
		Files.write(object, bytes);
		String url = freshDatabase(this.work);
		Path data = this.work.resolve("data");
		ContentProperties fresh = new ContentProperties(data.resolve("content"), data.resolve("content-replica"),
				false);

		assertThatThrownBy(() -> new BackupRestore(dataSource(url), fresh, this.signatures).restore(tampered))
			.isInstanceOf(BackupRefusedException.class)
			.hasMessageContaining("không khớp mã kiểm tra")
			.hasMessageContaining("does not match");
		assertThat(new JdbcTemplate(dataSource(url)).queryForList("select 1 from dual")).hasSize(1);
		assertThat(Files.exists(data.resolve("content"))).as("nothing restored").isFalse();

		assertThatThrownBy(() -> new BackupRestore(this.jdbc.getDataSource(), fresh, this.signatures).restore(set))
			.isInstanceOf(BackupRefusedException.class)
			.hasMessageContaining("không trống")
			.hasMessageContaining("not empty");
		assertThatThrownBy(() -> new BackupRestore(dataSource(url), this.content, this.signatures).restore(set))
			.isInstanceOf(BackupRefusedException.class)
			.hasMessageContaining("Kho nội dung đích")
			.hasMessageContaining("not empty");
	}

	@Test
	void aManifestAlteredAfterItWasSignedOrSignedWithAnotherKeyIsRefused() throws Exception {
		Clerk clerk = newClerk();
		JsonNode file = clerk.openFile("Hồ sơ bản kê bị sửa");
		String sha = clerk.capture(file, "Văn bản được thay trong bộ sao lưu cùng bản kê");
		JsonNode entry = backUp();
		Path set = Path.of(entry.path("target").asText(), entry.path("setName").asText());
		assertThat(set.resolve(BackupManifest.SIGNATURE)).exists();
		String url = freshDatabase(this.work);
		Path data = this.work.resolve("data");
		ContentProperties fresh = new ContentProperties(data.resolve("content"), data.resolve("content-replica"),
				false);
		// Someone who can write the backup medium swaps a file and writes the checksum of
		// his bytes into the manifest: every file matches the manifest, but the manifest
		// no longer matches its signature.
		copyTree(set.getParent(), this.work.resolve("altered"));
		Path altered = this.work.resolve("altered").resolve(set.getFileName());
		String path = Files.exists(altered.resolve(BackupManifest.objectPath(sha))) ? BackupManifest.objectPath(sha)
				: BackupManifest.DATABASE;
		byte[] forged = "nội dung giả mạo".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		Files.write(altered.resolve(path), forged);
		BackupManifest original = BackupManifest.read(altered);
		List<BackupManifest.ManifestFile> files = original.files()
			.stream()
			.map((f) -> f.path().equals(path) ? new BackupManifest.ManifestFile(path, sha256(forged), forged.length)
					: f)
			.toList();
		try (java.io.OutputStream out = Files.newOutputStream(altered.resolve(BackupManifest.NAME))) {
			new BackupManifest(original.format(), original.setName(), original.kind(), original.baseSetName(),
					original.createdAt(), original.schemaVersion(), original.tableRows(), files)
				.write(out);
		}

		assertThatThrownBy(() -> new BackupRestore(dataSource(url), fresh, this.signatures).restore(altered))
			.isInstanceOf(BackupRefusedException.class)
			.hasMessageContaining("bản kê đã bị sửa")
			.hasMessageContaining("the manifest was altered");
		Files.delete(altered.resolve(BackupManifest.SIGNATURE));
		assertThatThrownBy(() -> new BackupRestore(dataSource(url), fresh, this.signatures).restore(altered))
			.isInstanceOf(BackupRefusedException.class)
			.hasMessageContaining("không có chữ ký")
			.hasMessageContaining("is not signed");
		AuditSignatures otherNode = AuditSignatures
			.fromSettings(new org.springframework.mock.env.MockEnvironment().withProperty("luutru.audit.key",
					java.util.Base64.getEncoder().encodeToString("khoa-cua-mot-may-khac-32-byte!!!".getBytes())))
			.orElseThrow();
		assertThatThrownBy(() -> new BackupRestore(dataSource(url), fresh, otherNode).restore(set))
			.isInstanceOf(BackupRefusedException.class)
			.hasMessageContaining("mà máy này không có")
			.hasMessageContaining("which this node does not hold");
		assertThat(Files.exists(data.resolve("content"))).as("nothing restored").isFalse();
	}

	@Test
	void twoBackupsBegunAtOnceOnTwoNodesAreOneAtATime() throws Exception {
		// Each call as a node of its own would make it: the check for a running backup
		// passes for both, and only the database's one running slot tells them apart.
		for (int round = 0; round < 3; round++) {
			java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
			java.util.concurrent.Callable<Object> begin = () -> {
				together.await(20, java.util.concurrent.TimeUnit.SECONDS);
				try {
					return this.backups.begin("node-test", BackupTrigger.API);
				}
				catch (vn.luutru.common.ConflictException ex) {
					return ex;
				}
			};
			java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
			try {
				List<java.util.concurrent.Future<Object>> results = nodes.invokeAll(List.of(begin, begin));
				List<Object> outcomes = new ArrayList<>();
				for (java.util.concurrent.Future<Object> r : results) {
					outcomes.add(r.get());
				}
				assertThat(outcomes).as("round " + round).filteredOn(BackupEntry.class::isInstance).hasSize(1);
				assertThat(outcomes).filteredOn(vn.luutru.common.ConflictException.class::isInstance).hasSize(1);
				assertThat(this.jdbc.queryForObject("select count(*) from lt_backup where status = 'RUNNING'",
						Integer.class))
					.isOne();
				BackupEntry begun = (BackupEntry) outcomes.stream()
					.filter(BackupEntry.class::isInstance)
					.findFirst()
					.orElseThrow();
				assertThatThrownBy(() -> this.backups.begin("node-test", BackupTrigger.API))
					.as("still refused while it runs")
					.isInstanceOf(vn.luutru.common.ConflictException.class);
				this.backupLog.failed(begun.id(), java.time.Instant.now(), "test: two nodes at once");
			}
			finally {
				nodes.shutdownNow();
			}
		}
		assertThat(this.jdbc.queryForObject("select count(*) from lt_backup where status = 'RUNNING'", Integer.class))
			.isZero();
		assertThat(backUp().path("status").asText()).as("the slot is free again").isEqualTo("DONE");
	}

	private static String sha256(byte[] bytes) {
		return java.util.HexFormat.of().formatHex(BackupManifest.sha256().digest(bytes));
	}

	@Test
	void onlyAdministratorsBackUpOrReadTheLog() {
		String agency = createAgency("Sở Tư pháp tỉnh Sơn La", false).path("code").asText();
		for (String role : List.of("clerk", "archivist", "manager", "agency-head")) {
			Api someone = createUser(agency, role);
			assertThat(someone.post("/api/v1/backups", "").status()).as(role).isEqualTo(403);
			assertThat(someone.get("/api/v1/backups").status()).as(role).isEqualTo(403);
			assertThat(someone.get("/api/v1/backups/1").status()).as(role).isEqualTo(403);
		}
		assertThat(anonymous().get("/api/v1/backups").status()).isEqualTo(401);
		assertThat(anonymous().post("/api/v1/backups", "").status()).isIn(401, 403);
		assertThat(this.admin.get("/api/v1/backups").status()).isEqualTo(200);
	}

	@Test
	void aFailedBackupKeepsNoSetAndRaisesAnIncident() throws Exception {
		Clerk clerk = newClerk();
		JsonNode file = clerk.openFile("Hồ sơ có đối tượng bị mất");
		String sha = clerk.capture(file, "Văn bản mất nội dung trước khi sao lưu");
		Path first = this.content.root().resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
		Path second = this.content.replicaRoot().resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
		byte[] bytes = Files.readAllBytes(first);
		Files.delete(first);
		Files.delete(second);
		JsonNode entry;
		try {
			entry = backUp();
		}
		finally {
			this.store.place(this.store.stage(new java.io.ByteArrayInputStream(bytes)));
		}

		assertThat(entry.path("status").asText()).as(entry.toString()).isEqualTo("FAILED");
		assertThat(entry.path("error").asText()).contains(sha);
		Path target = Path.of(entry.path("target").asText());
		try (Stream<Path> sets = Files.list(target)) {
			assertThat(sets.map((p) -> p.getFileName().toString()))
				.noneMatch((n) -> n.startsWith(entry.path("setName").asText()));
		}
		JsonNode incident = this.admin.get("/api/v1/fixity/incidents/" + entry.path("incidentId").asLong()).json();
		assertThat(incident.path("incident").path("kind").asText()).as(incident.toString()).isEqualTo("BACKUP");
		assertThat(incident.path("incident").path("status").asText()).isEqualTo("OPEN");
		assertThat(incident.path("incident").path("details").asText()).contains(sha, "Lỗi / error");
		assertThat(incident.path("history").get(0).path("action").asText()).isEqualTo("RAISED");
		assertThat(backUp().path("status").asText()).as("the next backup, the object back, succeeds").isEqualTo("DONE");
	}

	@Test
	void aBackupWhoseNodeWasKilledIsFailedByTheNextOneAndLeavesNoSet() throws Exception {
		String name = "LT-killed-" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.update(
				"insert into lt_backup (set_name, kind, status, started_by, trigger_kind, started_at,"
						+ " alive_at, target) values (?, 'FULL', 'RUNNING', 'admin', 'API', ?, ?, ?)",
				name, java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofHours(1))),
				java.sql.Timestamp.from(java.time.Instant.now().minus(Duration.ofMinutes(30))),
				this.backups.target().toString());
		Path partial = this.backups.target().resolve(name + BackupSetWriter.PARTIAL);
		Files.createDirectories(partial.resolve("objects"));
		Files.writeString(partial.resolve(BackupManifest.OBJECTS), "half written\n");

		assertThat(backUp().path("status").asText()).isEqualTo("DONE");

		JsonNode killed = this.admin.get("/api/v1/backups?limit=500")
			.json()
			.findParents("setName")
			.stream()
			.filter((e) -> e.path("setName").asText().equals(name))
			.findFirst()
			.orElseThrow();
		assertThat(killed.path("status").asText()).isEqualTo("FAILED");
		assertThat(killed.path("error").asText()).contains("gián đoạn", "interrupted");
		assertThat(killed.path("incidentId").asLong()).isPositive();
		assertThat(partial).doesNotExist();
	}

	/** Starts a backup through the API and waits for its end, watching its progress. */
	JsonNode backUp() throws InterruptedException {
		Api.Response started = this.admin.post("/api/v1/backups", "");
		assertThat(started.status()).as(started.toString()).isEqualTo(202);
		long id = started.json().path("id").asLong();
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		JsonNode entry = started.json();
		while (entry.path("status").asText().equals("RUNNING") && System.nanoTime() < deadline) {
			Thread.sleep(100);
			entry = this.admin.get("/api/v1/backups/" + id).json();
		}
		assertThat(entry.path("startedBy").asText()).isEqualTo("admin");
		assertThat(entry.path("triggerKind").asText()).isEqualTo("API");
		return entry;
	}

	Map<String, Long> counts(JdbcTemplate db) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : COUNTED) {
			counts.put(table, db.queryForObject("select count(*) from " + table, Long.class));
		}
		return counts;
	}

	List<JsonNode> tasksOf(Api api, String businessKey) {
		List<JsonNode> tasks = new ArrayList<>();
		api.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey).json().forEach(tasks::add);
		return tasks;
	}

	DataSource dataSource(String url) {
		return new DriverManagerDataSource(url, dbUser(), dbPassword());
	}

	Clerk newClerk() {
		String agency = createAgency("Sở Nội vụ tỉnh Sơn La " + UUID.randomUUID().toString().substring(0, 6), false)
			.path("code")
			.asText();
		String userId = "saoluu." + UUID.randomUUID().toString().substring(0, 8);
		Api.Response r = this.admin.post("/api/v1/users", Map.of("userId", userId, "firstName", "Lò Văn", "lastName",
				"Sao", "password", PASSWORD, "agencyCode", agency, "roles", List.of("clerk")));
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		return new Clerk(as(userId), userId);
	}

	static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path p : (Iterable<Path>) paths::iterator) {
				Path target = to.resolve(from.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(p, target);
				}
			}
		}
	}

	/** A clerk of a new agency, opening files and capturing documents through the API. */
	record Clerk(Api api, String userId) {

		JsonNode openFile(String title) {
			Api.Response r = this.api.post("/api/v1/files", Map.of("year", 2026, "fileNotation", "09.VP", "title",
					title, "maintenanceCode", "06", "startDate", "2026-01-05"));
			assertThat(r.status()).as(r.toString()).isEqualTo(201);
			return r.json();
		}

		String capture(JsonNode file, String subject) {
			Api.Response r = this.api.multipart("/api/v1/files/" + file.path("id").asLong() + "/documents", Api.parts(
					"metadata",
					Part.json(Map.of("typeName", "22", "issuedDate", "2026-01-10", "organName", "Sở Nội vụ tỉnh Sơn La",
							"subject", subject, "numberOfPage", 1)),
					"content",
					Part.file("a.pdf", "application/pdf", SamplePdfs.plainPdf(subject + " " + UUID.randomUUID(), 1))));
			assertThat(r.status()).as(r.toString()).isEqualTo(201);
			return r.json().path("contentSha256").asText();
		}

	}

}
