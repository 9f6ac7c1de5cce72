package vn.luutru.lifecycle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import vn.luutru.content.ContentStore;
import vn.luutru.support.Api;
import vn.luutru.transfer.PackageChunk;
import vn.luutru.transfer.TransferPackaging;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 item 7: Camunda does not renew a job's lock, so a step that runs longer than
 * the lock is taken up again while it still runs. Here the job executor runs with a lock
 * of 2 s, and the documents are slow to read and to erase (0.4 s an object), so that
 * packaging a transfer batch of four files (eight documents) or erasing a destruction
 * batch of five files takes well over the lock: each batch moves on in chunks of one
 * file, each inside the lock; the package is built once, kept and verified; every file is
 * destroyed once; the progress is on the batch's API and in the process variables.
 */
@Tag("isolated")
@Import(SlowContent.class)
@TestPropertySource(properties = { "camunda.bpm.job-execution.enabled=true",
		"camunda.bpm.job-execution.lock-time-in-millis=" + LongStepsScenarios.LOCK_MILLIS,
		"camunda.bpm.job-execution.wait-time-in-millis=200", "camunda.bpm.job-execution.max-wait=1000",
		"luutru.transfer.package-chunk-files=1", "luutru.destruction.erase-chunk-files=1" })
abstract class LongStepsScenarios extends AgencyScenarios {

	static final long LOCK_MILLIS = 2000;

	static final Duration SLOW = Duration.ofMillis(400);

	static final Duration PATIENCE = Duration.ofSeconds(90);

	@Autowired
	SlowContent slowContent;

	@Autowired
	TransferPackaging packaging;

	@Autowired
	ContentStore store;

	@Autowired
	JdbcTemplate jdbc;

	Api council;

	Api archiveOfficer;

	@BeforeEach
	void officers() {
		agencyWithOfficers("Sở Nội vụ tỉnh Sơn La");
		this.council = createUser(this.agencyCode, "council");
		this.archiveOfficer = createNamedUser(historicalArchive(), "Hoàng Văn", "Nhận", "historical-archive");
	}

	@AfterEach
	void normalContent() {
		this.slowContent.normal();
	}

	@Test
	void aTransferPackageThatTakesLongerThanTheLockIsBuiltOnceKeptAndVerified() throws Exception {
		List<JsonNode> files = new ArrayList<>();
		for (int i = 1; i <= 4; i++) {
			files.add(depositedFile("1" + i + ".VP", "Hồ sơ hội nghị tổng kết năm 2019 số " + i, "01", null, 2019));
		}
		List<JsonNode> batches = Sweeps.run(this.archivist, this::settle, this.agencyCode, "transfers");
		assertThat(batches).hasSize(1);
		String code = batches.get(0).path("code").asText();
		long batchId = batches.get(0).path("id").asLong();
		Set<String> documents = documentsOf(files);
		assertThat(documents).hasSize(8);
		this.slowContent.slowDown(documents, SLOW);

		long start = System.nanoTime();
		this.engine.complete(this.head, code, "Task_ApproveTransferList", "decision", "APPROVE");
		Set<Long> seenDone = new HashSet<>();
		waitFor("the package", () -> {
			JsonNode progress = this.archiveOfficer.get("/api/v1/transfers/" + batchId).json().path("progress");
			if (progress.has("done")) {
				seenDone.add(progress.path("done").asLong());
				assertThat(progress.path("total").asLong()).isEqualTo(4);
			}
			return this.engine.count(this.archiveOfficer, code, "Task_AcceptTransfer") == 1;
		});
		Duration packaging = Duration.ofNanos(System.nanoTime() - start);
		this.slowContent.normal();

		assertThat(packaging).as("packaging took longer than the lock").isGreaterThan(Duration.ofMillis(LOCK_MILLIS));
		assertThat(seenDone).as("progress seen on the batch's API on the way").anyMatch((d) -> d > 0 && d < 4);
		JsonNode view = this.archiveOfficer.get("/api/v1/transfers/" + batchId).json();
		assertThat(view.path("batch").path("status").asText()).isEqualTo("PACKAGED");
		assertThat(view.path("progress").path("done").asLong()).isEqualTo(4);
		assertThat(view.path("progress").path("percent").asDouble()).isEqualTo(100.0);
		String packageSha256 = view.path("batch").path("packageSha256").asText();
		assertThat(this.engine.variable(code, "packageSha256").asText()).isEqualTo(packageSha256);
		assertThat(this.engine.variable(code, "progressDone").asLong()).isEqualTo(4);
		assertThat(this.engine.variable(code, "progressTotal").asLong()).isEqualTo(4);
		assertThat(this.engine.variable(code, "progressPercent").asDouble()).isEqualTo(100.0);
		assertThat(this.engine.variable(code, "progressText").asText()).contains("4/4 hồ sơ", "4 of 4 files");
		assertThat(stepRuns(code, "Task_BuildTransferPackage")).as("one step per file").isEqualTo(4);
		assertThat(auditActions("batch", code)).as("built once").containsOnlyOnce("PACKAGE_BUILT");
		assertThat(this.jdbc.queryForObject("select count(*) from lt_package_part where batch_id = ?", Long.class,
				batchId))
			.as("parts released once joined")
			.isZero();

		PackageChunk stale = this.packaging.buildChunk(batchId);
		assertThat(stale.outcome()).as("a stale run arriving late").isEqualTo(PackageChunk.Outcome.PACKAGED);
		assertThat(stale.packageSha256()).isEqualTo(packageSha256);
		assertThat(auditActions("batch", code)).containsOnlyOnce("PACKAGE_BUILT");

		this.engine.complete(this.archiveOfficer, code, "Task_AcceptTransfer", "decision", "APPROVE");
		waitFor("the transfer's end", () -> this.engine.ended(code));
		assertThat(this.engine.passed(code, "EndEvent_FilesTransferred")).as("the package verified").isTrue();
		assertThat(this.engine.passed(code, "Error_FixityMismatch")).isFalse();
		JsonNode after = this.archiveOfficer.get("/api/v1/transfers/" + batchId).json().path("batch");
		assertThat(after.path("packageSha256").asText()).as("the package kept").isEqualTo(packageSha256);
		assertThat(this.store.exists(packageSha256)).isTrue();
		Api.Response zip = this.archiveOfficer.get("/api/v1/transfers/" + batchId + "/package");
		assertThat(zip.status()).isEqualTo(200);
		List<String> entries = zipEntries(zip.body());
		for (JsonNode f : files) {
			assertThat(entries).as("both documents of %s", f.path("fileCode").asText())
				.anyMatch((n) -> n.contains("/data/" + f.path("fileCode").asText() + ".1"))
				.anyMatch((n) -> n.contains("/data/" + f.path("fileCode").asText() + ".2"));
		}
		assertThat(entries.stream().filter((n) -> n.endsWith("/METS.xml") && !n.contains("representations")))
			.as("one package METS per file")
			.hasSize(4);
		for (JsonNode f : files) {
			assertThat(file(f).path("status").asText()).isEqualTo("TRANSFERRED");
		}
		assertThat(this.admin.get("/api/v1/audit/verify").json().path("intact").asBoolean()).isTrue();
	}

	@Test
	void aDestructionWhoseErasureTakesLongerThanTheLockDestroysEveryFileOnce() throws Exception {
		List<JsonNode> files = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			files.add(depositedFile("3" + i + ".VP", "Tập công văn trao đổi năm 2010 số " + i, "06", null, 2010));
		}
		List<JsonNode> batches = Sweeps.run(this.archivist, this::settle, this.agencyCode, "destructions");
		assertThat(batches).hasSize(1);
		String code = batches.get(0).path("code").asText();
		long batchId = batches.get(0).path("id").asLong();
		this.engine.complete(this.council, code, "Task_CouncilReview", "councilDecisions", "[]");
		settle();
		Set<String> documents = documentsOf(files);
		assertThat(documents).hasSize(10);
		this.slowContent.slowDown(documents, SLOW);

		long start = System.nanoTime();
		this.engine.complete(this.head, code, "Task_ApproveDestruction", "decision", "APPROVE", "decisionNumber",
				"15/QĐ-SNV", "decisionDate",
				java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString());
		Set<Long> seenDone = new HashSet<>();
		waitFor("the destruction's end", () -> {
			JsonNode progress = this.archivist.get("/api/v1/destructions/" + batchId).json().path("progress");
			if (progress.has("done")) {
				seenDone.add(progress.path("done").asLong());
			}
			return this.engine.ended(code);
		});
		Duration erasure = Duration.ofNanos(System.nanoTime() - start);

		assertThat(erasure).as("erasure took longer than the lock").isGreaterThan(Duration.ofMillis(LOCK_MILLIS));
		assertThat(this.engine.passed(code, "EndEvent_FilesDestroyed")).isTrue();
		assertThat(seenDone).as("progress seen on the batch's API on the way").anyMatch((d) -> d > 0 && d < 5);
		JsonNode progress = this.archivist.get("/api/v1/destructions/" + batchId).json().path("progress");
		assertThat(progress.path("done").asLong()).isEqualTo(5);
		assertThat(progress.path("total").asLong()).isEqualTo(5);
		assertThat(this.engine.variable(code, "progressPercent").asDouble()).isEqualTo(100.0);
		assertThat(this.engine.variable(code, "progressDone").asLong()).isEqualTo(5);
		assertThat(stepRuns(code, "Task_EraseContent")).as("one step per file").isEqualTo(5);
		for (JsonNode f : files) {
			assertThat(file(f).path("status").asText()).isEqualTo("DESTROYED");
			assertThat(auditActions("record_file", f.path("fileCode").asText())).as("destroyed once")
				.containsOnlyOnce("FILE_DESTROYED");
		}
		for (String sha256 : documents) {
			assertThat(this.store.exists(sha256)).as("content erased").isFalse();
		}
		assertThat(this.archivist.get("/api/v1/destructions/" + batchId + "/minutes").status()).isEqualTo(200);
		assertThat(this.admin.get("/api/v1/audit/verify").json().path("intact").asBoolean()).isTrue();
	}

	/**
	 * Runs due jobs here too, until none is left (the job executor runs them as well).
	 */
	private void settle() {
		this.engine.runJobs();
	}

	private Set<String> documentsOf(List<JsonNode> files) {
		Set<String> shas = new HashSet<>();
		for (JsonNode f : files) {
			for (JsonNode d : this.clerk.get("/api/v1/files/" + f.path("id").asLong() + "/documents").json()) {
				shas.add(d.path("contentSha256").asText());
			}
		}
		return shas;
	}

	private long stepRuns(String businessKey, String activityId) {
		String instance = this.admin
			.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + businessKey)
			.json()
			.get(0)
			.path("id")
			.asText();
		return this.admin
			.get("/engine-rest/history/activity-instance/count?processInstanceId=" + instance + "&activityId="
					+ activityId + "&finished=true")
			.json()
			.path("count")
			.asLong();
	}

	private List<String> auditActions(String entityType, String entityId) {
		List<String> actions = new ArrayList<>();
		this.admin.get("/api/v1/audit?entityType=" + entityType + "&entityId=" + entityId)
			.json()
			.forEach((e) -> actions.add(e.path("action").asText()));
		return actions;
	}

	private static void waitFor(String what, BooleanSupplier done) throws InterruptedException {
		long deadline = System.nanoTime() + PATIENCE.toNanos();
		while (!done.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited too long for %s", what).isLessThan(deadline);
			Thread.sleep(200);
		}
	}

	private static List<String> zipEntries(byte[] zip) throws IOException {
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				names.add(e.getName());
			}
		}
		return names;
	}

}
