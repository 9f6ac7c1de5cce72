package vn.luutru.lifecycle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.luutru.content.ContentProperties;
import vn.luutru.process.ProcessKeys;
import vn.luutru.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What happens between a sweep and its batches' first step: the sweep only puts files on
 * a batch's list, the batch's list step claims them and checks each again. A hold, a
 * second sweep or a retention change in between must never put a file into two batches or
 * a held or no longer due file into a transfer or destruction.
 */
abstract class BatchClaimScenarios extends AgencyScenarios {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ContentProperties content;

	@BeforeEach
	void officers() {
		agencyWithOfficers("Sở Xây dựng tỉnh Sơn La");
	}

	/**
	 * Only the files' own processes: a batch's list step runs when a scenario says so.
	 */
	@Override
	void runAppraisalJobs() {
		this.engine.runJobs(ProcessKeys.FILE_APPRAISAL);
	}

	@Test
	void fileHeldBetweenTheSweepAndTheListStepIsDroppedFromTheBatch() {
		JsonNode kept = depositedFile("21.VP", "Tập công văn đi năm 2009", "06", null, 2009);
		JsonNode held = depositedFile("22.VP", "Tập công văn đến năm 2009", "06", null, 2009);
		JsonNode batch = sweepWithoutListSteps("destructions").get(0);
		assertThat(batch.path("fileCount").asInt()).isEqualTo(2);
		assertThat(batch.path("claimedAt").isMissingNode()).as("files not claimed before the list step").isTrue();
		assertThat(file(held).path("status").asText()).isEqualTo("DEPOSITED");
		assertThat(warnings()).as("files on a list are batched, not overdue").isEmpty();
		Api.Response hold = this.head.post("/api/v1/holds",
				Map.of("reason", "Đang thanh tra", "fileIds", List.of(held.path("id").asLong())));
		assertThat(hold.status()).as(hold.toString()).isEqualTo(201);
		this.engine.runJobs();
		JsonNode view = batch(batch, "destructions");
		assertThat(view.path("batch").path("fileCount").asInt()).isEqualTo(1);
		assertThat(item(view, held).path("status").asText()).isEqualTo("DROPPED_HOLD");
		assertThat(item(view, held).path("note").asText()).contains("phong tỏa", "hold");
		assertThat(item(view, kept).path("status").asText()).isEqualTo("INCLUDED");
		assertThat(file(kept).path("status").asText()).isEqualTo("UNDER_DESTRUCTION_REVIEW");
		JsonNode spared = file(held);
		assertThat(spared.path("status").asText()).isEqualTo("DEPOSITED");
		assertThat(spared.path("batchId").isMissingNode()).isTrue();
		assertThat(spared.path("onHold").asBoolean()).isTrue();
		JsonNode events = this.admin.get("/api/v1/audit?entityType=batch&entityId=" + batch.path("code").asText())
			.json();
		assertThat(events.findValuesAsText("action")).contains("BATCH_OPENED", "BATCH_FILE_DROPPED_HOLD");
		assertThat(this.admin.get("/api/v1/audit/verify").json().path("intact").asBoolean()).isTrue();
	}

	@Test
	void batchWhoseOnlyFileWasHeldBeforeListingEndsEmpty() {
		JsonNode held = depositedFile("25.VP", "Tập công văn đến năm 2010", "06", null, 2010);
		JsonNode batch = sweepWithoutListSteps("destructions").get(0);
		Api.Response hold = this.head.post("/api/v1/holds",
				Map.of("reason", "Đang thanh tra", "fileIds", List.of(held.path("id").asLong())));
		assertThat(hold.status()).as(hold.toString()).isEqualTo(201);
		this.engine.runJobs();

		JsonNode view = batch(batch, "destructions");
		assertThat(view.path("batch").path("status").asText()).isEqualTo("EMPTY");
		assertThat(view.path("batch").path("fileCount").asInt()).isZero();
		assertThat(item(view, held).path("status").asText()).isEqualTo("DROPPED_HOLD");
		assertThat(this.engine.passed(batch.path("code").asText(), "EndEvent_NothingToList")).isTrue();
		assertThat(this.engine.ended(batch.path("code").asText())).isTrue();
		assertThat(file(held).path("status").asText()).isEqualTo("DEPOSITED");
	}

	@Test
	void approvedTransferWhoseOnlyFileWasHeldBeforePackagingEndsEmpty() {
		JsonNode held = depositedFile("27.VP", "Kế hoạch công tác năm 2017", "01", null, 2017);
		JsonNode batch = sweepWithoutListSteps("transfers").get(0);
		String code = batch.path("code").asText();
		this.engine.runJobs();
		this.engine.complete(this.head, code, "Task_ApproveTransferList", "decision", "APPROVE");
		// Between the approval and the package step (its own job), the file is put on
		// hold.
		Api.Response hold = this.head.post("/api/v1/holds",
				Map.of("reason", "Đang thanh tra", "fileIds", List.of(held.path("id").asLong())));
		assertThat(hold.status()).as(hold.toString()).isEqualTo(201);
		this.engine.runJobs();

		JsonNode view = batch(batch, "transfers");
		assertThat(view.path("batch").path("status").asText()).isEqualTo("EMPTY");
		assertThat(view.path("batch").path("fileCount").asInt()).isZero();
		assertThat(view.path("batch").path("packageSha256").isMissingNode()).as("no empty package written").isTrue();
		assertThat(item(view, held).path("status").asText()).isEqualTo("DROPPED_HOLD");
		assertThat(this.engine.passed(code, "EndEvent_NothingToPackage")).isTrue();
		assertThat(this.engine.ended(code)).isTrue();
		assertThat(this.admin.get("/engine-rest/incident").json().findValuesAsText("processInstanceId"))
			.doesNotContain(view.path("batch").path("processInstanceId").asText());
		JsonNode spared = file(held);
		assertThat(spared.path("status").asText()).isEqualTo("DEPOSITED");
		assertThat(spared.path("onHold").asBoolean()).isTrue();
	}

	@Test
	void acceptedTransferWhoseFilesWereAllHeldBeforeCustodyEndsEmptyWithItsPackageWithdrawn() {
		JsonNode held = depositedFile("29.VP", "Kế hoạch công tác năm 2016", "01", null, 2016);
		JsonNode batch = sweepWithoutListSteps("transfers").get(0);
		String code = batch.path("code").asText();
		Api archiveOfficer = approvedPackagedAndAccepted(code);
		// Between the archive's acceptance and the change of custody (its own job), the
		// only file is put on hold.
		hold(held, "Đang thanh tra");
		this.engine.runJobs();

		JsonNode view = archiveOfficer.get("/api/v1/transfers/" + batch.path("id").asLong()).json();
		assertThat(view.path("batch").path("status").asText()).isEqualTo("EMPTY");
		assertThat(view.path("batch").path("packageSha256").asText()).as("the package is kept, for the audit")
			.hasSize(64);
		assertThat(view.path("packageWithdrawal").path("withdrawnAt").isMissingNode()).as(view.toString()).isFalse();
		assertThat(view.path("packageWithdrawal").path("note").asText()).contains("bị phong tỏa", "thu hồi",
				"put on hold", "withdrawn");
		assertThat(item(view, held).path("status").asText()).isEqualTo("HELD_BACK");
		assertThat(this.engine.passed(code, "EndEvent_AllHeldBeforeCustody")).isTrue();
		assertThat(this.engine.passed(code, "Task_WriteHandoverMinutes")).as("no minutes of a handover of nothing")
			.isFalse();
		assertThat(this.engine.ended(code)).isTrue();
		assertThat(view.path("batch").path("minutesSha256").isMissingNode()).isTrue();
		assertThat(archiveOfficer.get("/api/v1/transfers/" + batch.path("id").asLong() + "/package").status())
			.isEqualTo(200);
		JsonNode spared = file(held);
		assertThat(spared.path("status").asText()).isEqualTo("DEPOSITED");
		assertThat(spared.path("onHold").asBoolean()).isTrue();
		JsonNode events = this.admin.get("/api/v1/audit?entityType=batch&entityId=" + code).json();
		assertThat(events.findValuesAsText("action")).contains("PACKAGE_BUILT", "PACKAGE_WITHDRAWN");
		assertThat(this.admin.get("/api/v1/audit/verify").json().path("intact").asBoolean()).isTrue();
	}

	@Test
	void acceptedTransferWithOneFileHeldBeforeCustodyHandsOverTheOthersAndTheMinutesNameTheHeldFile()
			throws IOException {
		JsonNode moved = depositedFile("30.VP", "Kế hoạch công tác năm 2015", "01", null, 2015);
		JsonNode held = depositedFile("31.VP", "Báo cáo tổng kết năm 2015", "01", null, 2015);
		JsonNode batch = sweepWithoutListSteps("transfers").get(0);
		String code = batch.path("code").asText();
		Api archiveOfficer = approvedPackagedAndAccepted(code);
		hold(held, "Đang thanh tra");
		this.engine.runJobs();

		JsonNode view = archiveOfficer.get("/api/v1/transfers/" + batch.path("id").asLong()).json();
		assertThat(view.path("batch").path("status").asText()).isEqualTo("COMPLETED");
		assertThat(view.path("packageWithdrawal").isMissingNode()).isTrue();
		assertThat(item(view, moved).path("status").asText()).isEqualTo("TRANSFERRED");
		assertThat(item(view, held).path("status").asText()).isEqualTo("HELD_BACK");
		assertThat(this.engine.passed(code, "EndEvent_FilesTransferred")).isTrue();
		assertThat(this.engine.variable(code, "filesTransferred").asInt()).isEqualTo(1);
		assertThat(this.engine.variable(code, "filesHeldBack").asInt()).isEqualTo(1);
		assertThat(file(moved).path("status").asText()).isEqualTo("TRANSFERRED");
		assertThat(file(held).path("status").asText()).isEqualTo("DEPOSITED");
		String minutes = minutesText(archiveOfficer, batch.path("id").asLong());
		assertThat(minutes).contains("Tổng số hồ sơ: 1 (bằng chữ: một) hồ sơ",
				"6. Hồ sơ có trong gói tin nhưng không giao nộp do bị phong tỏa theo yêu cầu pháp lý: 1 (bằng chữ: một)",
				held.path("fileCode").asText() + " (Báo cáo tổng kết năm 2015)");
		assertThat(minutes).as("the moved file is on the attached list, not among the held")
			.doesNotContain(moved.path("fileCode").asText());
	}

	/**
	 * The head approves the batch's list, the package is built, and an officer of the
	 * historical archive accepts it; returns that officer. The change of custody waits in
	 * its own job.
	 */
	Api approvedPackagedAndAccepted(String code) {
		Api archiveOfficer = createNamedUser(historicalArchive(), "Hoàng Văn", "Nhận", "historical-archive");
		this.engine.runJobs();
		this.engine.complete(this.head, code, "Task_ApproveTransferList", "decision", "APPROVE");
		this.engine.runJobs();
		this.engine.complete(archiveOfficer, code, "Task_AcceptTransfer", "decision", "APPROVE");
		return archiveOfficer;
	}

	void hold(JsonNode file, String reason) {
		Api.Response hold = this.head.post("/api/v1/holds",
				Map.of("reason", reason, "fileIds", List.of(file.path("id").asLong())));
		assertThat(hold.status()).as(hold.toString()).isEqualTo(201);
	}

	static String minutesText(Api user, long batchId) throws IOException {
		Api.Response r = user.get("/api/v1/transfers/" + batchId + "/minutes");
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(r.body()));
				XWPFWordExtractor text = new XWPFWordExtractor(document)) {
			return text.getText();
		}
	}

	@Test
	void secondSweepBeforeTheListStepStartsNothingNew() {
		JsonNode first = depositedFile("23.VP", "Kế hoạch công tác năm 2018", "01", null, 2018);
		List<JsonNode> batches = sweepWithoutListSteps("transfers");
		assertThat(batches).hasSize(1);
		JsonNode later = depositedFile("24.VP", "Báo cáo tổng kết năm 2018", "01", null, 2018);
		assertThat(sweepWithoutListSteps("transfers")).as("the agency waits until its batch claimed its files")
			.hasSize(1);
		long sweepId = this.archivist.get("/api/v1/retention/sweeps").json().get(0).path("id").asLong();
		assertThat(this.archivist.get("/api/v1/retention/sweeps/" + sweepId).json().path("agenciesSkipped").asInt())
			.isPositive();
		JsonNode skipped = this.archivist.get("/api/v1/retention/sweeps/" + sweepId + "/skipped").json();
		assertThat(skipped).as("the agency left out, and the batch it waits on").hasSize(1);
		assertThat(skipped.get(0).path("agencyCode").asText()).isEqualTo(this.agencyCode);
		assertThat(skipped.get(0).path("waitingBatchCode").asText()).isEqualTo(batches.get(0).path("code").asText());
		Api otherArchivist = createUser(createAgency("Sở Công Thương tỉnh Sơn La", false).path("code").asText(),
				"archivist");
		assertThat(otherArchivist.get("/api/v1/retention/sweeps/" + sweepId + "/skipped").status())
			.as("another agency's archivist does not see it")
			.isEqualTo(404);
		this.engine.runJobs();
		JsonNode view = batch(batches.get(0), "transfers");
		assertThat(view.path("batch").path("fileCount").asInt()).isEqualTo(1);
		assertThat(view.path("items")).hasSize(1);
		assertThat(file(first).path("status").asText()).isEqualTo("TRANSFER_PENDING");
		assertThat(file(first).path("batchId").asLong()).isEqualTo(batches.get(0).path("id").asLong());
		assertThat(file(later).path("status").asText()).isEqualTo("DEPOSITED");
		List<JsonNode> after = sweepWithoutListSteps("transfers");
		assertThat(after).as("once claimed, the next sweep takes the file left out").hasSize(2);
		this.engine.runJobs();
		assertThat(file(later).path("batchId").asLong()).isEqualTo(after.get(0).path("id").asLong());
		assertThat(this.jdbc.queryForObject("select count(*) from lt_batch_item where file_id in (?, ?)", Long.class,
				first.path("id").asLong(), later.path("id").asLong()))
			.as("each file on exactly one list")
			.isEqualTo(2);
	}

	@Test
	void retentionChangedBeforeTheListStepDropsTheFile() {
		JsonNode kept = depositedFile("25.VP", "Tập công văn năm 2010", "06", null, 2010);
		JsonNode extended = depositedFile("26.VP", "Hồ sơ sửa chữa nhà làm việc năm 2010", "06", null, 2010);
		JsonNode batch = sweepWithoutListSteps("destructions").get(0);
		assertThat(batch.path("fileCount").asInt()).isEqualTo(2);
		// A new appraisal extends the retention to 30 years: no API changes a deposited
		// file's retention yet, so the change is written as one would write it.
		this.jdbc.update("update lt_record_file set maintenance_code = '07', retention_years = 30, "
				+ "due_on = '2041-01-01' where id = ?", extended.path("id").asLong());
		this.engine.runJobs();
		JsonNode view = batch(batch, "destructions");
		assertThat(view.path("batch").path("fileCount").asInt()).isEqualTo(1);
		assertThat(item(view, extended).path("status").asText()).isEqualTo("DROPPED_NOT_DUE");
		assertThat(item(view, kept).path("status").asText()).isEqualTo("INCLUDED");
		assertThat(file(extended).path("status").asText()).isEqualTo("DEPOSITED");
		assertThat(file(extended).path("batchId").isMissingNode()).isTrue();
		assertThat(file(kept).path("status").asText()).isEqualTo("UNDER_DESTRUCTION_REVIEW");
		assertThat(view.path("files")).hasSize(1);
		assertThat(sweepWithoutListSteps("destructions")).as("the file is no longer due").hasSize(1);
		assertThat(file(extended).path("status").asText()).isEqualTo("DEPOSITED");
	}

	@Test
	void claimOutlivesAListStepThatFailsAfterIt() throws Exception {
		JsonNode kept = depositedFile("27.VP", "Tập công văn đi năm 2011", "06", null, 2011);
		JsonNode held = depositedFile("28.VP", "Tập công văn đến năm 2011", "06", null, 2011);
		JsonNode batch = sweepWithoutListSteps("destructions").get(0);
		assertThat(this.head
			.post("/api/v1/holds", Map.of("reason", "Đang thanh tra", "fileIds", List.of(held.path("id").asLong())))
			.status()).isEqualTo(201);
		// The list workbook cannot be stored: the step fails after its claim.
		Path staging = this.content.root().resolve(".staging");
		Path away = this.content.root().resolve(".staging-away");
		Files.move(staging, away);
		Files.writeString(staging, "not a directory");
		try {
			this.engine.runJobs();
		}
		finally {
			Files.delete(staging);
			Files.move(away, staging);
		}
		JsonNode failed = batch(batch, "destructions");
		assertThat(failed.path("batch").path("status").asText()).isEqualTo("LISTED");
		assertThat(failed.path("batch").path("claimedAt").isMissingNode()).as("the claim committed on its own")
			.isFalse();
		assertThat(file(kept).path("status").asText()).isEqualTo("UNDER_DESTRUCTION_REVIEW");
		assertThat(item(failed, held).path("status").asText()).isEqualTo("DROPPED_HOLD");
		// Put on hold while the list step waits for its retry: the retry drops it.
		assertThat(this.head
			.post("/api/v1/holds", Map.of("reason", "Đang xác minh", "fileIds", List.of(kept.path("id").asLong())))
			.status()).isEqualTo(201);

		this.engine.retryFailedJobs();
		JsonNode retried = batch(batch, "destructions");
		assertThat(retried.path("batch").path("status").asText()).isEqualTo("EMPTY");
		assertThat(item(retried, kept).path("status").asText()).isEqualTo("DROPPED_HOLD");
		assertThat(this.engine.passed(batch.path("code").asText(), "EndEvent_NothingToList")).isTrue();
		assertThat(file(kept).path("status").asText()).isEqualTo("DEPOSITED");
		assertThat(file(kept).path("batchId").isMissingNode()).isTrue();
		JsonNode events = this.admin.get("/api/v1/audit?entityType=batch&entityId=" + batch.path("code").asText())
			.json();
		assertThat(events.findValuesAsText("action").stream().filter("BATCH_FILE_DROPPED_HOLD"::equals))
			.as("each drop recorded once: the claim's, then the retry's")
			.hasSize(2);
		assertThat(this.admin.get("/api/v1/audit/verify").json().path("intact").asBoolean()).isTrue();
	}

	/**
	 * Runs a sweep through the API and only the sweep's own steps; returns this agency's
	 * batches of one kind, newest first.
	 */
	List<JsonNode> sweepWithoutListSteps(String kind) {
		return Sweeps.run(this.archivist, () -> this.engine.runJobs(ProcessKeys.RETENTION_SWEEP), this.agencyCode,
				kind);
	}

	/** The due warnings started for this agency, as the history keeps them. */
	JsonNode warnings() {
		return this.admin
			.get("/engine-rest/history/process-instance?processDefinitionKey=" + ProcessKeys.DUE_WARNING
					+ "&processInstanceBusinessKeyLike=WARN-" + this.agencyCode + "-%25")
			.json();
	}

	JsonNode batch(JsonNode batch, String kind) {
		return this.archivist.get("/api/v1/" + kind + "/" + batch.path("id").asLong()).json();
	}

	static JsonNode item(JsonNode view, JsonNode file) {
		for (JsonNode item : view.path("items")) {
			if (item.path("fileId").asLong() == file.path("id").asLong()) {
				return item;
			}
		}
		throw new AssertionError("no item for file " + file.path("id") + " in " + view.path("items"));
	}

}
