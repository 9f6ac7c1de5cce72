package vn.luutru.lifecycle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.luutru.support.Api;
import vn.luutru.support.EarkValidator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A transfer batch downloads as a set of packages, one per record file, each of which the
 * E-ARK reference validator accepts on its own; the batch's zip stays a bundle of them.
 */
abstract class TransferPackagesScenarios extends AgencyScenarios {

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@org.springframework.beans.factory.annotation.Autowired
	vn.luutru.exchange.NationalExports nationalExports;

	Api archiveOfficer;

	@TempDir
	Path dir;

	@BeforeEach
	void officers() {
		agencyWithOfficers("Sở Tài chính tỉnh Sơn La");
		this.archiveOfficer = createNamedUser(historicalArchive(), "Hoàng Văn", "Gói", "historical-archive");
	}

	@Test
	void eachPackageOfAThreeFileBatchPassesTheValidatorOnItsOwn() throws IOException {
		List<String> fileCodes = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			fileCodes.add(depositedFile("0" + i + ".TC", "Hồ sơ ngân sách năm 2019, tập " + i, "01", null, 2019)
				.path("fileCode")
				.asText());
		}
		long batchId = packagedTransfer();

		JsonNode list = this.archiveOfficer.get("/api/v1/transfers/" + batchId + "/packages").json();
		assertThat(list).hasSize(3);
		Set<String> listed = new TreeSet<>();
		for (JsonNode entry : list) {
			String fileCode = entry.path("fileCode").asText();
			listed.add(fileCode);
			assertThat(entry.path("url").asText()).isEqualTo("/api/v1/transfers/" + batchId + "/packages/" + fileCode);
			Api.Response zip = this.archiveOfficer.get(entry.path("url").asText());
			assertThat(zip.status()).as(zip.toString()).isEqualTo(200);
			assertThat(zip.body()).hasSize(entry.path("size").asInt());
			assertThat(sha256(zip.body())).isEqualTo(entry.path("sha256").asText());
			String objectId = entry.path("objectId").asText();
			assertThat(topFolders(zip.body())).containsExactly(objectId);
			Path file = this.dir.resolve(objectId + ".zip");
			Files.write(file, zip.body());
			assertThat(EarkValidator.mustErrors(file)).as(fileCode).isEmpty();
		}
		assertThat(listed).containsExactlyInAnyOrderElementsOf(fileCodes);

		Api.Response bundle = this.archiveOfficer.get("/api/v1/transfers/" + batchId + "/package");
		assertThat(bundle.status()).isEqualTo(200);
		assertThat(topFolders(bundle.body())).as("the bundle holds every package")
			.hasSize(3)
			.containsExactlyInAnyOrderElementsOf(list.findValuesAsText("objectId"));
		// The agency that handed the files over sees its own packages too.
		assertThat(this.archivist.get("/api/v1/transfers/" + batchId + "/packages").json()).hasSize(3);
	}

	@Test
	void anotherAgencysOfficerGetsNeitherTheListNorAPackage() {
		String fileCode = depositedFile("04.TC", "Hồ sơ quyết toán năm 2019", "01", null, 2019).path("fileCode")
			.asText();
		long batchId = packagedTransfer();
		String otherAgency = createAgency("Sở Xây dựng tỉnh Sơn La", false).path("code").asText();
		Api stranger = createUser(otherAgency, "archivist");

		assertThat(stranger.get("/api/v1/transfers/" + batchId + "/packages").status()).isEqualTo(404);
		assertThat(stranger.get("/api/v1/transfers/" + batchId + "/packages/" + fileCode).status()).isEqualTo(404);
		Api.Response unknown = this.archiveOfficer.get("/api/v1/transfers/" + batchId + "/packages/KHONG.CO");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(this.archiveOfficer.get("/api/v1/transfers/" + batchId + "/packages/" + fileCode).status())
			.isEqualTo(200);
	}

	@Test
	void permanentFilesOfTheHistoricalArchiveExportToTheNationalDatabaseAsPackagesTheValidatorAccepts()
			throws IOException {
		JsonNode a = depositedFile("05.TC", "Hồ sơ dự toán ngân sách tỉnh năm 2019", "01", null, 2019);
		JsonNode b = depositedFile("06.TC", "Hồ sơ quyết toán ngân sách tỉnh năm 2019", "01", null, 2019);
		long batchId = packagedTransfer();
		String batchCode = this.archiveOfficer.get("/api/v1/transfers/" + batchId)
			.json()
			.path("batch")
			.path("code")
			.asText();
		this.engine.complete(this.archiveOfficer, batchCode, "Task_AcceptTransfer", "decision", "APPROVE");
		this.engine.runJobs();
		assertThat(this.archiveOfficer.get("/api/v1/files/" + a.path("id").asLong()).json().path("status").asText())
			.isEqualTo("TRANSFERRED");

		assertThat(this.archivist.post("/api/v1/national-exports", Map.of("fileIds", List.of(a.path("id").asLong())))
			.status()).as("the agency's archivist does not export").isEqualTo(403);
		Api.Response neither = this.archiveOfficer.post("/api/v1/national-exports", Map.of());
		assertThat(neither.status()).as(neither.toString()).isEqualTo(400);
		assertThat(neither.text()).contains("fileIds", "không chọn cả hai", "not both");
		Api.Response notHeld = this.archiveOfficer.post("/api/v1/national-exports",
				Map.of("fileIds", List.of(999_999_999L)));
		assertThat(notHeld.status()).isEqualTo(400);
		assertThat(notHeld.text()).contains("fileIds", "999999999", "không phải hồ sơ bảo quản vĩnh viễn",
				"not a permanent file");
		vn.luutru.common.ProblemAssert.refused(
				this.archiveOfficer.post("/api/v1/national-exports", "{\"fileIds\":[null]}"), 400, "fileIds[0]",
				"Bắt buộc", "Required");

		Api.Response started = this.archiveOfficer.post("/api/v1/national-exports",
				Map.of("fileIds", List.of(a.path("id").asLong())));
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		JsonNode run = started.json();
		assertThat(run.path("run").path("status").asText()).isEqualTo("COMPLETED");
		JsonNode exported = run.path("exported").get(0);
		assertThat(exported.path("fileCode").asText()).isEqualTo(a.path("fileCode").asText());
		assertThat(exported.path("exportedBy").asText()).isNotBlank();
		long runId = run.path("run").path("id").asLong();
		Api.Response zip = this.archiveOfficer
			.get("/api/v1/national-exports/" + runId + "/packages/" + a.path("fileCode").asText());
		assertThat(zip.status()).as(zip.toString()).isEqualTo(200);
		assertThat(sha256(zip.body())).isEqualTo(exported.path("packageSha256").asText());
		assertThat(topFolders(zip.body())).containsExactly(exported.path("objectId").asText());
		Path file = this.dir.resolve("national.zip");
		Files.write(file, zip.body());
		assertThat(EarkValidator.mustErrors(file)).isEmpty();
		assertThat(this.archivist.get("/api/v1/national-exports/" + runId).status()).isEqualTo(403);

		// Every permanent file not exported yet: b, not a again; chunk after chunk.
		Api.Response allStarted = this.archiveOfficer.post("/api/v1/national-exports", Map.of("all", true));
		assertThat(allStarted.status()).as(allStarted.toString()).isEqualTo(201);
		JsonNode all = allStarted.json();
		for (int i = 0; i < 50 && "RUNNING".equals(all.path("run").path("status").asText()); i++) {
			all = this.archiveOfficer
				.post("/api/v1/national-exports/" + all.path("run").path("id").asLong() + "/next", Map.of())
				.json();
		}
		assertThat(all.path("run").path("status").asText()).isEqualTo("COMPLETED");
		assertThat(all.path("exported").findValuesAsText("fileCode")).contains(b.path("fileCode").asText())
			.doesNotContain(a.path("fileCode").asText());

		// A run a killed node left halfway (asked for, nothing exported yet) is
		// carried on by the background drain, in the name of whoever asked for it.
		this.jdbc.update("insert into lt_national_export_run (requested_by, requested_at, status, files_total,"
				+ " files_done) values ('lichsu.cu', current_timestamp, 'RUNNING', 1, 0)");
		long left = this.jdbc
			.queryForObject("select max(id) from lt_national_export_run where requested_by = 'lichsu.cu'", Long.class);
		this.jdbc.update("insert into lt_national_export_run_file (run_id, file_id) values (?, ?)", left,
				a.path("id").asLong());
		this.nationalExports.continueRunning();
		JsonNode resumed = this.archiveOfficer.get("/api/v1/national-exports/" + left).json();
		assertThat(resumed.path("run").path("status").asText()).isEqualTo("COMPLETED");
		assertThat(resumed.path("exported").findValuesAsText("exportedBy")).containsExactly("lichsu.cu");
	}

	@Test
	void aFileThatCannotBeExportedIsRecordedWithWhyAndTheRunGoesOnWithTheOthers() throws IOException {
		List<JsonNode> files = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			files.add(depositedFile("1" + i + ".TC", "Hồ sơ kiểm toán ngân sách năm 2019, tập " + i, "01", null, 2019));
		}
		long batchId = packagedTransfer();
		String batchCode = this.archiveOfficer.get("/api/v1/transfers/" + batchId)
			.json()
			.path("batch")
			.path("code")
			.asText();
		this.engine.complete(this.archiveOfficer, batchCode, "Task_AcceptTransfer", "decision", "APPROVE");
		this.engine.runJobs();
		// The middle file's documents point at content the store does not hold.
		long brokenId = files.get(1).path("id").asLong();
		String brokenCode = files.get(1).path("fileCode").asText();
		List<Map<String, Object>> contents = this.jdbc
			.queryForList("select id, content_sha256 from lt_document where file_id = ?", brokenId);
		this.jdbc.update("update lt_document set content_sha256 = ? where file_id = ?", "f".repeat(64), brokenId);

		Api.Response started = this.archiveOfficer.post("/api/v1/national-exports", Map.of("all", true));
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		JsonNode run = started.json();
		long runId = run.path("run").path("id").asLong();
		for (int i = 0; i < 50 && "RUNNING".equals(run.path("run").path("status").asText()); i++) {
			Api.Response next = this.archiveOfficer.post("/api/v1/national-exports/" + runId + "/next", Map.of());
			assertThat(next.status()).as(next.toString()).isEqualTo(200);
			run = next.json();
		}
		run = this.archiveOfficer.get("/api/v1/national-exports/" + runId).json();
		assertThat(run.path("run").path("status").asText()).isEqualTo("FINISHED_WITH_ERRORS");
		assertThat(run.path("run").path("filesFailed").asInt()).isEqualTo(1);
		assertThat(run.path("run").path("filesDone").asInt()).isEqualTo(run.path("run").path("filesTotal").asInt() - 1);
		JsonNode failed = run.path("failed");
		assertThat(failed).hasSize(1);
		assertThat(failed.get(0).path("fileCode").asText()).isEqualTo(brokenCode);
		assertThat(failed.get(0).path("reason").asText()).contains("Không xuất được", "thiếu nội dung văn bản");
		assertThat(failed.get(0).path("reasonEn").asText()).contains("Not exported", "missing from the content store");
		List<String> exportedCodes = run.path("exported").findValuesAsText("fileCode");
		assertThat(exportedCodes).doesNotContain(brokenCode);
		for (JsonNode good : List.of(files.get(0), files.get(2))) {
			String code = good.path("fileCode").asText();
			assertThat(exportedCodes).contains(code);
			Api.Response zip = this.archiveOfficer.get("/api/v1/national-exports/" + runId + "/packages/" + code);
			assertThat(zip.status()).as(zip.toString()).isEqualTo(200);
			Path file = this.dir.resolve(code + ".zip");
			Files.write(file, zip.body());
			assertThat(EarkValidator.mustErrors(file)).as(code).isEmpty();
		}
		assertThat(this.archiveOfficer.get("/api/v1/national-exports/" + runId + "/packages/" + brokenCode).status())
			.isEqualTo(404);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from lt_audit_event where action = 'NATIONAL_EXPORT_FAILED' and entity_id = ?",
				Integer.class, brokenCode))
			.isEqualTo(1);

		// Its content back but a document code the package refuses: a retry fails it
		// again, with that reason.
		for (Map<String, Object> doc : contents) {
			this.jdbc.update("update lt_document set content_sha256 = ? where id = ?", doc.get("content_sha256"),
					doc.get("id"));
		}
		Object firstDoc = contents.get(0).get("id");
		String docCode = this.jdbc.queryForObject("select doc_code from lt_document where id = ?", String.class,
				firstDoc);
		this.jdbc.update("update lt_document set doc_code = ? where id = ?", docCode + " sai/mã", firstDoc);
		Api.Response stillFailing = this.archiveOfficer.post("/api/v1/national-exports/" + runId + "/retry", Map.of());
		assertThat(stillFailing.status()).as(stillFailing.toString()).isEqualTo(200);
		assertThat(stillFailing.json().path("run").path("status").asText()).isEqualTo("FINISHED_WITH_ERRORS");
		assertThat(stillFailing.json().path("failed").get(0).path("reason").asText()).contains("siêu dữ liệu",
				"sai/mã");
		assertThat(stillFailing.json().path("failed").get(0).path("reasonEn").asText()).contains("metadata");
		// Once the file is whole again, a retry exports it: the run is complete.
		this.jdbc.update("update lt_document set doc_code = ? where id = ?", docCode, firstDoc);
		Api.Response retried = this.archiveOfficer.post("/api/v1/national-exports/" + runId + "/retry", Map.of());
		assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
		JsonNode done = retried.json();
		assertThat(done.path("run").path("status").asText()).isEqualTo("COMPLETED");
		assertThat(done.path("run").path("filesFailed").asInt()).isZero();
		assertThat(done.path("failed")).isEmpty();
		assertThat(done.path("exported").findValuesAsText("fileCode")).contains(brokenCode);
		Api.Response again = this.archiveOfficer.post("/api/v1/national-exports/" + runId + "/retry", Map.of());
		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(again.text()).contains("không có hồ sơ lỗi", "no failed file");
	}

	/** Sweeps the agency's files into a transfer, approves its list and packages it. */
	private long packagedTransfer() {
		List<JsonNode> batches = Sweeps.run(this.archivist, this.engine::runJobs, this.agencyCode, "transfers");
		assertThat(batches).hasSize(1);
		String code = batches.get(0).path("code").asText();
		this.engine.complete(this.head, code, "Task_ApproveTransferList", "decision", "APPROVE", "comment", "Đồng ý");
		this.engine.runJobs();
		long batchId = batches.get(0).path("id").asLong();
		JsonNode batch = this.archiveOfficer.get("/api/v1/transfers/" + batchId).json();
		assertThat(batch.toString()).contains("PACKAGED");
		return batchId;
	}

	private static Set<String> topFolders(byte[] zip) throws IOException {
		Set<String> folders = new TreeSet<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				folders.add(e.getName().substring(0, e.getName().indexOf('/')));
			}
		}
		return folders;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
