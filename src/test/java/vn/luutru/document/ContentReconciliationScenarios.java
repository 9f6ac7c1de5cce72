package vn.luutru.document;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.luutru.content.ContentProperties;
import vn.luutru.content.ContentStore;
import vn.luutru.content.SamplePdfs;
import vn.luutru.content.StagedContent;
import vn.luutru.support.Api;
import vn.luutru.support.ClerkWork;
import vn.luutru.support.Api.Part;
import vn.luutru.support.ApiTestSupport;
import vn.luutru.support.KeptReports;
import vn.luutru.support.LockWaits;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reconciliation removes, from both locations, objects no committed row uses once
 * older than the grace, and abandoned upload spool files; it keeps young objects, every
 * object a row uses, and what a capture in progress is about to use.
 */
abstract class ContentReconciliationScenarios extends ApiTestSupport {

	private static final Duration OLD = Duration.ofHours(2);

	@Autowired
	ContentReconciliation reconciliation;

	@Autowired
	ContentObjects objects;

	@Autowired
	DocumentQueries documents;

	@Autowired
	ContentStore store;

	@Autowired
	ContentProperties content;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	List<ScheduledTaskHolder> schedules;

	@Test
	void removesOldObjectsNothingUsesFromBothLocationsAndKeepsTheRest() throws Exception {
		JsonNode agency = createAgency("UBND huyện Sốp Cộp", false);
		String agencyCode = agency.path("code").asText();
		long agencyId = agency.path("id").asLong();
		Api clerk = createUser(agencyCode, "clerk");
		long fileId = ClerkWork.openFile(clerk, "01.VP", "Hồ sơ tiếp dân");
		Api.Response captured = ClerkWork.capturePdf(clerk, fileId, "UBND huyện Sốp Cộp", "V/v tiếp công dân",
				"2026-03-02", "a.pdf", SamplePdfs.plainPdf(4));
		assertThat(captured.status()).isEqualTo(201);
		String document = age(captured.json().path("contentSha256").asText());
		String orphan = age(put("Gói của bước đóng gói bị dừng trước khi ghi nhận"));
		String young = put("Danh mục vừa ghi, bước đang chạy");
		String list = age(put("Danh mục hồ sơ của lô"));
		this.jdbc.update(
				"insert into lt_batch (kind, code, agency_id, status, created_at, created_by, list_sha256) "
						+ "values ('TRANSFER', ?, ?, 'AWAITING_APPROVAL', current_timestamp, 'test', ?)",
				"NL-TEST-" + list.substring(0, 8), agencyId, list);
		String report = age(put("Báo cáo tháng"));
		this.jdbc.update(
				"insert into lt_monthly_report (report_month, kind, content_sha256, content_size, "
						+ "generated_at) values (?, 'KPI', ?, 1, current_timestamp)",
				KeptReports.month(1700, report), report);
		String queued = age(put("Nội dung chờ xóa theo quyết định hủy"));
		this.jdbc.update("insert into lt_content_erasure (content_sha256, queued_at) values (?, current_timestamp)",
				queued);
		Path staleUpload = aged(
				Files.writeString(this.reconciliation.spool().resolve("upload_dead_00000001.tmp"), "tải lên bỏ dở"));
		Path liveUpload = Files.writeString(this.reconciliation.spool().resolve("upload_live_00000002.tmp"),
				"đang tải lên");
		Path other = aged(
				Files.writeString(this.reconciliation.spool().resolve("ghi-chu.txt"), "không phải tệp tải lên"));

		ContentReconciliation.Result result = this.reconciliation.reconcile();

		assertThat(copies(orphan)).as("an old object nothing uses, in neither location").noneMatch(Files::exists);
		for (String kept : new String[] { document, young, list, report, queued }) {
			assertThat(copies(kept)).as(kept).allMatch(Files::exists);
		}
		assertThat(clerk.get("/api/v1/documents/" + captured.json().path("id").asLong() + "/content").status())
			.isEqualTo(200);
		assertThat(staleUpload).doesNotExist();
		assertThat(liveUpload).exists();
		assertThat(other).exists();
		assertThat(result.removed()).isGreaterThanOrEqualTo(1);
		assertThat(result.checked()).isGreaterThanOrEqualTo(5);
		assertThat(result.spoolRemoved()).isEqualTo(1);
		assertThat(this.reconciliation.reconcile().removed()).as("nothing left to remove").isZero();
		Files.delete(liveUpload);
		Files.delete(other);
	}

	@Test
	void aLargeUploadSpoolsWhereTheReconciliationLooksAndLeavesNothingThere() throws Exception {
		Api clerk = createUser(createAgency("UBND huyện Mường La", false).path("code").asText(), "clerk");
		long fileId = clerk
			.post("/api/v1/files",
					Map.of("year", 2026, "fileNotation", "02.VP", "title", "Sổ theo dõi", "maintenanceCode", "06"))
			.json()
			.path("id")
			.asLong();
		// Above spring.servlet.multipart.file-size-threshold (1 MB): Tomcat spools it.
		byte[] text = "Sổ theo dõi công văn đến\n".repeat(120_000).getBytes(StandardCharsets.UTF_8);
		assertThat(text.length).isGreaterThan(2 * 1024 * 1024);
		List<Path> before = uploads();
		Api.Response captured = clerk.multipart("/api/v1/files/" + fileId + "/documents",
				Api.parts("metadata",
						Part.json(Map.of("typeName", "22", "issuedDate", "2026-03-02", "organName",
								"UBND huyện Mường La", "subject", "Sổ theo dõi công văn", "numberOfPage", 1)),
						"content", Part.file("so-theo-doi.txt", "text/plain", text)));
		assertThat(captured.status()).as(captured.toString()).isEqualTo(201);
		assertThat(uploads()).isEqualTo(before);
		// Captures stream into the store (vn.luutru.web.StreamedUploads); other uploads,
		// a
		// bulk intake's ZIP here, go through the container's parser: while a large body
		// arrives, its spool file is in the folder the reconciliation clears.
		String auth = Base64.getEncoder()
			.encodeToString((clerk.get("/api/v1/users/me").json().path("userId").asText() + ":" + PASSWORD)
				.getBytes(StandardCharsets.UTF_8));
		String boundary = "----spool";
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.zip\"\r\n"
				+ "Content-Type: application/zip\r\n\r\n";
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/v1/intakes HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
					+ "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: "
					+ (head.length() + 2 * text.length) + "\r\n\r\n" + head)
				.getBytes(StandardCharsets.UTF_8));
			out.write(text);
			out.flush();
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
			while (uploads().size() <= before.size()) {
				assertThat(System.nanoTime()).as("a spool file in %s", this.reconciliation.spool())
					.isLessThan(deadline);
				Thread.sleep(100);
			}
		}
	}

	private List<Path> uploads() throws Exception {
		try (Stream<Path> files = Files.list(this.reconciliation.spool())) {
			return files.filter((p) -> p.getFileName().toString().startsWith("upload_")).sorted().toList();
		}
	}

	@Test
	void theDiscardAfterAFailedCaptureAsksTheSameQuestionAsTheReconciliation() throws Exception {
		// Bytes a failed capture placed that the minutes of a fixity cycle are (before,
		// the
		// discard counted only documents and batches, and would have erased them); bytes
		// nothing uses; bytes queued for erasure, which only the erasure removes.
		String minutes = put("Biên bản kiểm tra toàn vẹn, cùng nội dung với lần đưa vào bị hủy");
		this.jdbc.update("insert into lt_fixity_cycle (status, started_at, finished_at, minutes_sha256) "
				+ "values ('FINISHED', current_timestamp, current_timestamp, ?)", minutes);
		String unused = put("Nội dung của lần đưa vào bị hủy, không ai dùng");
		String queued = put("Nội dung đang chờ xóa theo quyết định hủy, cùng với lần đưa vào bị hủy");
		this.jdbc.update("insert into lt_content_erasure (content_sha256, queued_at) values (?, current_timestamp)",
				queued);

		for (String sha : List.of(minutes, unused, queued)) {
			this.documents.discardIfUnused(sha);
		}

		assertThat(copies(minutes)).as("the fixity minutes").allMatch(Files::exists);
		assertThat(copies(queued)).as("left to the erasure").allMatch(Files::exists);
		assertThat(copies(unused)).as("nothing uses it").noneMatch(Files::exists);
		assertThat(this.objects.inUse(minutes)).isTrue();
		assertThat(this.objects.inUse(unused)).isFalse();
		this.documents.eraseQueued();
		assertThat(copies(queued)).as("the erasure takes its entry off the queue, then erases")
			.noneMatch(Files::exists);
		assertThat(this.jdbc.queryForObject("select count(*) from lt_content_erasure where content_sha256 = ?",
				Integer.class, queued))
			.isZero();
	}

	@Test
	void waitsForACaptureInProgressAndKeepsWhatItCommits() throws Exception {
		String sha = age(put("Văn bản đang được đưa vào, cùng nội dung với bản bỏ dở"));
		// Captured once before (that capture failed): the object's row is there.
		this.jdbc.update("insert into lt_content (content_sha256) values (?)", sha);
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		TransactionTemplate capture = new TransactionTemplate(this.transactions);
		capture.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		// A capture holds the object's row from before it places the bytes to its commit.
		CompletableFuture<Void> capturing = CompletableFuture.runAsync(() -> capture.executeWithoutResult((tx) -> {
			this.objects.lock(sha);
			locked.countDown();
			await(release);
			this.jdbc.update(
					"insert into lt_monthly_report (report_month, kind, content_sha256, content_size, "
							+ "generated_at) values (?, 'KPI', ?, 1, current_timestamp)",
					KeptReports.month(1800, sha), sha);
		}));
		assertThat(locked.await(20, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<ContentReconciliation.Result> reconciling = CompletableFuture
			.supplyAsync(this.reconciliation::reconcile);
		awaitLockWaits(1);
		assertThat(reconciling).isNotDone();
		release.countDown();
		capturing.get(30, TimeUnit.SECONDS);
		reconciling.get(30, TimeUnit.SECONDS);
		assertThat(copies(sha)).as("used by what the capture committed").allMatch(Files::exists);
	}

	@Test
	void runsEveryIntervalOnARunningNode() {
		List<FixedDelayTask> runs = this.schedules.stream()
			.flatMap((holder) -> holder.getScheduledTasks().stream())
			.map((scheduled) -> scheduled.getTask())
			.filter((task) -> task instanceof FixedDelayTask)
			.map((task) -> (FixedDelayTask) task)
			.filter((task) -> String.valueOf(task.getRunnable())
				.equals(ContentReconciliation.class.getName() + ".scheduled"))
			.toList();
		assertThat(runs).hasSize(1);
		assertThat(runs.get(0).getIntervalDuration()).isEqualTo(Duration.ofHours(6));
	}

	private String put(String text) throws Exception {
		StagedContent staged = this.store.stage(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
		this.store.commit(staged);
		return staged.sha256();
	}

	/** Makes both copies look written two hours ago. */
	private String age(String sha) throws Exception {
		for (Path copy : copies(sha)) {
			aged(copy);
		}
		return sha;
	}

	private static Path aged(Path file) throws Exception {
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(OLD)));
		return file;
	}

	private Path[] copies(String sha) {
		Path relative = Path.of(sha.substring(0, 2), sha.substring(2, 4), sha);
		return new Path[] { this.content.root().resolve(relative), this.content.replicaRoot().resolve(relative) };
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Waits until this many transactions wait for a row lock (H2 or MariaDB). */
	private void awaitLockWaits(int count) throws InterruptedException {
		LockWaits.await(this.jdbc, count);
	}

}
