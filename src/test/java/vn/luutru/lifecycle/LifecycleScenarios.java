package vn.luutru.lifecycle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.luutru.content.ContentProperties;
import vn.luutru.forms.VietnameseDates;
import vn.luutru.support.Api;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The life of record files driven only through the REST APIs, LuuTru's and
 * {@code /engine-rest}, each decision taken by the officer whose role it is: closing,
 * appraisal and deposit, the sweep, transfer to the historical archive, destruction.
 */
abstract class LifecycleScenarios extends AgencyScenarios {

	@Autowired
	ContentProperties content;

	Api council;

	Api archiveOfficer;

	@BeforeEach
	void officers() {
		agencyWithOfficers("Sở Nội vụ tỉnh Sơn La");
		this.council = createUser(this.agencyCode, "council");
		this.archiveOfficer = createNamedUser(historicalArchive(), "Hoàng Văn", "Nhận", "historical-archive");
	}

	/**
	 * The engine refused a task's input: 400, the field named in Vietnamese and English.
	 */
	static void refused(Api.Response r, String field, String vietnamese, String english) {
		assertThat(r.status()).as(r.toString()).isEqualTo(400);
		assertThat(r.json().path("message").asText()).as(r.toString()).contains(field, vietnamese, english);
	}

	/** Runs the sweep through the API; returns the batches of this agency of one kind. */
	List<JsonNode> sweep(String kind) {
		return Sweeps.run(this.archivist, this.engine::runJobs, this.agencyCode, kind);
	}

	@Test
	void incompleteFileGoesBackToTheClerkBeforeAppraisal() {
		JsonNode file = emptyClosedFile("20.VP");
		String code = file.path("fileCode").asText();
		JsonNode task = this.engine.task(this.clerk, code, "Task_CompleteFile");
		assertThat(task.path("tenantId").asText()).isEqualTo(this.agencyCode);
		assertThat(this.engine.variable(code, "missing").asText()).contains("chưa có văn bản");
		assertThat(this.engine.count(this.archivist, code, "Task_AppraiseFile")).isZero();
	}

	@Test
	void permanentFilesAreTransferredToTheHistoricalArchive() throws Exception {
		JsonNode a = depositedFile("01.VP", "Kế hoạch, báo cáo công tác năm 2019", "01", null, 2019);
		JsonNode b = depositedFile("02.VP", "Hồ sơ hội nghị tổng kết năm 2019", "01", null, 2019);
		assertThat(a.path("dueAction").asText()).isEqualTo("TRANSFER");
		List<JsonNode> batches = sweep("transfers");
		assertThat(batches).hasSize(1);
		JsonNode batch = batches.get(0);
		String code = batch.path("code").asText();
		assertThat(batch.path("fileCount").asInt()).isEqualTo(2);
		assertThat(sweep("transfers")).as("a second sweep starts nothing new").hasSize(1);
		this.engine.complete(this.head, code, "Task_ApproveTransferList", "decision", "APPROVE", "comment", "Đồng ý",
				"removedFiles", "[{\"fileId\":" + b.path("id").asLong() + ",\"reason\":\"Cần bổ sung\"}]");
		this.engine.runJobs();
		JsonNode accept = this.engine.task(this.archiveOfficer, code, "Task_AcceptTransfer");
		assertThat(this.admin.get("/engine-rest/task/" + accept.path("id").asText() + "/identity-links").text())
			.contains("historical-archive");
		this.engine.complete(this.archiveOfficer, code, "Task_AcceptTransfer", "decision", "APPROVE");
		this.engine.runJobs();
		assertThat(this.engine.ended(code)).isTrue();
		assertThat(this.engine.passed(code, "EndEvent_FilesTransferred")).isTrue();
		JsonNode moved = this.archiveOfficer.get("/api/v1/files/" + a.path("id").asLong()).json();
		assertThat(moved.path("status").asText()).isEqualTo("TRANSFERRED");
		JsonNode removed = this.clerk.get("/api/v1/files/" + b.path("id").asLong()).json();
		assertThat(removed.path("status").asText()).isEqualTo("DEPOSITED");
		assertThat(removed.path("returnNote").asText()).isEqualTo("Cần bổ sung");
		long batchId = batch.path("id").asLong();
		assertThat(listText("transfers", batchId)).contains("Nộp lưu vào: Trung tâm Lưu trữ lịch sử tỉnh Sơn La");
		assertThat(minutesText("transfers", batchId)).contains("Số: 01/BB-SNV",
				"BÊN NHẬN: Trung tâm Lưu trữ lịch sử tỉnh Sơn La", "Ông (bà): Hoàng Văn Nhận",
				"Ông (bà): Nguyễn Văn Thử");
		try (XSSFWorkbook list = listWorkbook("transfers", batchId);
				XWPFDocument minutes = minutesDocument("transfers", batchId)) {
			assertThat(list.getSheetAt(0).getFooter().getLeft()).as("the list handed out says who printed it")
				.containsPattern("In bởi Nguyễn Văn Thử \\(.+\\) lúc \\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}");
			assertThat(minutes.getFooterList().get(0).getText()).as("so do the minutes, in their footer")
				.containsPattern("In bởi Nguyễn Văn Thử \\(.+\\) lúc \\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}");
		}
		Api.Response zip = this.archiveOfficer.get("/api/v1/transfers/" + batchId + "/package");
		assertThat(zip.status()).isEqualTo(200);
		assertThat(zipEntries(zip.body())).anyMatch((n) -> n.endsWith("/METS.xml"))
			.anyMatch((n) -> n.contains("/data/" + a.path("fileCode").asText() + ".1"));
		assertThat(this.admin.get("/api/v1/audit/verify").json().path("intact").asBoolean()).isTrue();
	}

	@Test
	void appraisalWithCode07WithoutYearsIsRefusedAndTheTaskStaysOpen() {
		JsonNode file = closedFile("08.VP", "Hồ sơ hội nghị cán bộ công chức năm 2019", "06", null, 2019);
		String code = file.path("fileCode").asText();

		refused(this.engine.tryComplete(this.archivist, code, "Task_AppraiseFile", "appraisalDecision", "DEPOSIT",
				"maintenanceCode", "07", "retentionYears", ""), "retentionYears", "Thời hạn loại 07 phải có số năm",
				"Retention code 07 needs a number of years");
		refused(this.engine.tryComplete(this.archivist, code, "Task_AppraiseFile", "appraisalDecision", "RETAIN",
				"retainedUntil", LocalDate.now().plusYears(3).toString()), "retainedUntil",
				"Giữ lại đến một ngày sau hôm nay", "no later than");
		assertThat(this.engine.count(this.archivist, code, "Task_AppraiseFile")).isEqualTo(1);
		assertThat(this.clerk.get("/api/v1/files/" + file.path("id").asLong()).json().path("status").asText())
			.isEqualTo("CLOSED");

		this.engine.complete(this.archivist, code, "Task_AppraiseFile", "appraisalDecision", "DEPOSIT",
				"maintenanceCode", "07", "retentionYears", 15);
		this.engine.runJobs();
		JsonNode deposited = this.clerk.get("/api/v1/files/" + file.path("id").asLong()).json();
		assertThat(deposited.path("status").asText()).isEqualTo("DEPOSITED");
		assertThat(deposited.path("retentionYears").asInt()).isEqualTo(15);
		assertThat(this.admin.get("/api/v1/audit/verify").json().path("intact").asBoolean()).isTrue();
	}

	@Test
	void councilExtensionFallingDueAtOnceAndRejectionWithoutReasonsAreRefused() {
		JsonNode old = depositedFile("09.VP", "Tập công văn đến năm 2009", "06", null, 2009);
		String code = sweep("destructions").get(0).path("code").asText();
		String extendByTwo = "[{\"fileId\":" + old.path("id").asLong()
				+ ",\"decision\":\"EXTEND\",\"maintenanceCode\":\"07\",\"years\":2}]";

		refused(this.engine.tryComplete(this.council, code, "Task_CouncilReview", "councilDecisions", extendByTwo),
				"councilDecisions[0].years", "đến hạn ngày 01/01/2012", "would fall due on 01/01/2012");
		assertThat(this.engine.count(this.council, code, "Task_CouncilReview")).isEqualTo(1);
		assertThat(this.clerk.get("/api/v1/files/" + old.path("id").asLong()).json().path("status").asText())
			.isEqualTo("UNDER_DESTRUCTION_REVIEW");

		this.engine.complete(this.council, code, "Task_CouncilReview", "councilDecisions", "[]");
		this.engine.runJobs();
		refused(this.engine.tryComplete(this.head, code, "Task_ApproveDestruction", "decision", "REJECT"), "comment",
				"Từ chối phải nêu lý do", "A rejection needs its reasons");
		refused(this.engine.tryComplete(this.head, code, "Task_ApproveDestruction", "decision", "MAYBE"), "decision",
				"Chọn một trong", "APPROVE, REJECT");
		refused(this.engine.tryComplete(this.head, code, "Task_ApproveDestruction", "decision", "APPROVE",
				"decisionNumber", "Quyết định số 15", "decisionDate", today().toString()), "decisionNumber",
				"Không phải số quyết định: Quyết định số 15", "Not a decision number: Quyết định số 15");
		refused(this.engine.tryComplete(this.head, code, "Task_ApproveDestruction", "decision", "APPROVE",
				"decisionNumber", "15/QĐ-SNV", "decisionDate", today().plusDays(1).toString()), "decisionDate",
				"Ngày ký quyết định không được sau hôm nay", "The decision cannot be signed after today");
		refused(this.engine.tryComplete(this.head, code, "Task_ApproveDestruction", "decision", "APPROVE",
				"decisionNumber", "15/QĐ-SNV", "decisionDate", today().minusDays(1).toString()), "decisionDate",
				"không được trước ngày lập danh mục", "before the destruction list was drawn up");
		assertThat(this.engine.count(this.head, code, "Task_ApproveDestruction")).isEqualTo(1);
		this.engine.complete(this.head, code, "Task_ApproveDestruction", "decision", "REJECT", "comment",
				"Chờ ý kiến Sở Nội vụ");
		this.engine.runJobs();
		JsonNode returned = this.clerk.get("/api/v1/files/" + old.path("id").asLong()).json();
		assertThat(returned.path("status").asText()).isEqualTo("DEPOSITED");
		assertThat(returned.path("dueOn").asText()).isEqualTo(today().plusMonths(6).toString());
		assertThat(sweep("destructions")).as("not listed again before the cool-off ends").hasSize(1);
	}

	/** Today where the server counts deadlines. */
	static LocalDate today() {
		return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
	}

	@Test
	void archiveRejectionReturnsFilesWithItsReasons() {
		JsonNode a = depositedFile("03.VP", "Hồ sơ thi đua khen thưởng năm 2018", "01", null, 2018);
		String code = sweep("transfers").get(0).path("code").asText();
		this.engine.complete(this.head, code, "Task_ApproveTransferList", "decision", "APPROVE");
		this.engine.runJobs();
		this.engine.complete(this.archiveOfficer, code, "Task_AcceptTransfer", "decision", "REJECT", "comment",
				"Thiếu văn bản gốc");
		this.engine.runJobs();
		JsonNode file = this.clerk.get("/api/v1/files/" + a.path("id").asLong()).json();
		assertThat(file.path("status").asText()).isEqualTo("DEPOSITED");
		assertThat(file.path("returnNote").asText()).isEqualTo("Thiếu văn bản gốc");
		assertThat(this.engine.passed(code, "EndEvent_TransferRejected")).isTrue();
		// Listed again only after the cool-off (6 months), so the next sweep leaves it
		// be:
		// its deadline moves to the end of the cool-off plus the transfer lead (10 years
		// in tests).
		assertThat(file.path("dueOn").asText()).isEqualTo(today().plusMonths(6).plusYears(10).toString());
		assertThat(sweep("transfers")).hasSize(1);
	}

	@Test
	void checksumMismatchMovesNothing() throws Exception {
		JsonNode a = depositedFile("04.VP", "Hồ sơ xây dựng quy chế làm việc", "01", null, 2017);
		String code = sweep("transfers").get(0).path("code").asText();
		this.engine.complete(this.head, code, "Task_ApproveTransferList", "decision", "APPROVE");
		this.engine.runJobs();
		String sha = this.clerk.get("/api/v1/files/" + a.path("id").asLong() + "/documents")
			.json()
			.get(0)
			.path("contentSha256")
			.asText();
		Path stored = this.content.root().resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
		// Both copies rot: one good copy would be read instead.
		Files.write(stored, "bit rot".getBytes(), StandardOpenOption.APPEND);
		Files.write(replicaOf(stored), "bit rot".getBytes(), StandardOpenOption.APPEND);
		this.engine.complete(this.archiveOfficer, code, "Task_AcceptTransfer", "decision", "APPROVE");
		this.engine.runJobs();
		assertThat(this.engine.variable(code, "fixityReport").asText()).contains(sha);
		this.engine.complete(this.archivist, code, "Task_ResolveFixityMismatch", "comment", "Kiểm tra lại kho");
		this.engine.runJobs();
		JsonNode file = this.clerk.get("/api/v1/files/" + a.path("id").asLong()).json();
		assertThat(file.path("status").asText()).isEqualTo("DEPOSITED");
		assertThat(file.path("custodyAgencyId").asLong()).isEqualTo(file.path("agencyId").asLong());
		assertThat(this.engine.passed(code, "Task_ChangeCustody")).isFalse();
	}

	@Test
	void expiredFilesAreDestroyedOrExtendedAndHeldFilesAreSpared() throws IOException {
		Api chair = createNamedUser(this.agencyCode, "Lò Văn", "Hội", "council");
		Api head = createNamedUser(this.agencyCode, "Cầm Thị", "Duyệt", "agency-head");
		JsonNode old = depositedFile("05.VP", "Tập công văn trao đổi năm 2010", "06", null, 2010);
		JsonNode kept = depositedFile("06.VP", "Hồ sơ sửa chữa trụ sở năm 2012", "07", 5, 2012);
		JsonNode held = depositedFile("07.VP", "Hồ sơ giải quyết khiếu nại năm 2011", "07", 5, 2011);
		assertThat(old.path("dueAction").asText()).isEqualTo("DESTRUCTION_REVIEW");
		assertThat(old.path("dueOn").asText()).isEqualTo("2021-01-01");
		JsonNode batch = sweep("destructions").get(0);
		String code = batch.path("code").asText();
		long batchId = batch.path("id").asLong();
		assertThat(batch.path("fileCount").asInt()).isEqualTo(3);
		assertThat(listRows(batchId)).as("before the council met")
			.allSatisfy((row) -> assertThat(row.get(9)).isEmpty());
		this.engine.complete(chair, code, "Task_CouncilReview", "councilDecisions", "[{\"fileId\":"
				+ kept.path("id").asLong() + ",\"decision\":\"EXTEND\",\"maintenanceCode\":\"07\",\"years\":20}]");
		this.engine.runJobs();
		assertThat(listRows(batchId)).as("the list shows the council's opinion on each file")
			.extracting((row) -> row.get(1) + " " + row.get(9))
			.containsExactlyInAnyOrder(old.path("fileCode").asText() + " Hủy",
					kept.path("fileCode").asText() + " Gia hạn 20 năm", held.path("fileCode").asText() + " Hủy");
		assertThat(listText("destructions", batchId)).contains("Lò Văn Hội");
		Api.Response hold = head.post("/api/v1/holds",
				Map.of("reason", "Đang thanh tra", "fileIds", List.of(held.path("id").asLong())));
		assertThat(hold.status()).as(hold.toString()).isEqualTo(201);
		this.engine.complete(head, code, "Task_ApproveDestruction", "decision", "APPROVE", "comment", "Đồng ý hủy",
				"decisionNumber", "15/QĐ-SNV", "decisionDate", today().toString());
		this.engine.runJobs();
		assertThat(this.engine.passed(code, "EndEvent_FilesDestroyed")).isTrue();
		JsonNode destroyed = this.clerk.get("/api/v1/files/" + old.path("id").asLong()).json();
		assertThat(destroyed.path("status").asText()).isEqualTo("DESTROYED");
		JsonNode docs = this.clerk.get("/api/v1/files/" + old.path("id").asLong() + "/documents").json();
		String sha = docs.get(0).path("contentSha256").asText();
		assertThat(sha).hasSize(64);
		Api.Response gone = this.clerk.get("/api/v1/documents/" + docs.get(0).path("id").asLong() + "/content");
		assertThat(gone.status()).isEqualTo(409);
		assertThat(gone.json().path("detail").asText()).contains("đã bị hủy");
		JsonNode extended = this.clerk.get("/api/v1/files/" + kept.path("id").asLong()).json();
		assertThat(extended.path("status").asText()).isEqualTo("DEPOSITED");
		assertThat(extended.path("retentionYears").asInt()).isEqualTo(20);
		assertThat(extended.path("dueOn").asText()).isEqualTo("2033-01-01");
		JsonNode spared = this.clerk.get("/api/v1/files/" + held.path("id").asLong()).json();
		assertThat(spared.path("status").asText()).isEqualTo("DEPOSITED");
		assertThat(spared.path("onHold").asBoolean()).isTrue();
		assertThat(this.clerk.get("/api/v1/destructions/" + batchId).json().path("items").toString())
			.contains("DROPPED_HOLD", "EXTENDED", "DESTROYED");

		String minutes = minutesText("destructions", batchId);
		assertThat(minutes)
			.contains("Số: 01/BB-SNV", "Căn cứ Quyết định số 15/QĐ-SNV " + VietnameseDates.spelled(today())
					+ " của Thủ trưởng Sở Nội vụ tỉnh Sơn La (ông/bà Cầm Thị Duyệt) về việc hủy tài liệu hết giá trị;",
					"1. Ông (bà) Lò Văn Hội - Chủ tịch Hội đồng;", sha)
			.doesNotContain("Quyết định số Quyết định số", "Quyết định số " + code);
		assertThat(minutes.split("15/QĐ-SNV", -1)).as("the decision in the basis and in the timing").hasSize(3);
		try (XWPFDocument document = minutesDocument("destructions", batchId)) {
			XWPFTable checksums = document.getTables().get(2);
			assertThat(checksums.getRow(1).getCell(2).getText()).isEqualTo(sha);
		}
	}

	/** Completes the head's destruction decision with a decision signed today. */
	void approveDestruction(Api head, String code) {
		this.engine.complete(head, code, "Task_ApproveDestruction", "decision", "APPROVE", "decisionNumber",
				"15/QĐ-SNV", "decisionDate", today().toString());
	}

	long batchId(String code) {
		for (JsonNode b : this.archivist.get("/api/v1/destructions").json()) {
			if (b.path("code").asText().equals(code)) {
				return b.path("id").asLong();
			}
		}
		throw new AssertionError("no destruction batch " + code);
	}

	/** The minutes of a batch, {@code kind} transfers or destructions. */
	XWPFDocument minutesDocument(String kind, long batchId) throws IOException {
		Api.Response r = this.clerk.get("/api/v1/" + kind + "/" + batchId + "/minutes");
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		return new XWPFDocument(new ByteArrayInputStream(r.body()));
	}

	String minutesText(String kind, long batchId) throws IOException {
		try (XWPFDocument document = minutesDocument(kind, batchId);
				XWPFWordExtractor text = new XWPFWordExtractor(document)) {
			return text.getText();
		}
	}

	/** The destruction list's table rows, each cell as the sheet shows it. */
	List<List<String>> listRows(long batchId) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = listWorkbook("destructions", batchId)) {
			DataFormatter format = new DataFormatter();
			for (Row row : workbook.getSheetAt(0)) {
				Cell first = row.getCell(0);
				if (first != null && first.getCellType() == CellType.NUMERIC) {
					List<String> cells = new ArrayList<>();
					for (int c = 0; c < 11; c++) {
						cells.add(format.formatCellValue(row.getCell(c)));
					}
					rows.add(cells);
				}
			}
		}
		return rows;
	}

	String listText(String kind, long batchId) throws IOException {
		try (XSSFWorkbook workbook = listWorkbook(kind, batchId);
				XSSFExcelExtractor text = new XSSFExcelExtractor(workbook)) {
			return text.getText();
		}
	}

	private XSSFWorkbook listWorkbook(String kind, long batchId) throws IOException {
		Api.Response r = this.clerk.get("/api/v1/" + kind + "/" + batchId + "/list");
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		return new XSSFWorkbook(new ByteArrayInputStream(r.body()));
	}

	/** Where a document's content lies in the store. */
	Path contentOf(JsonNode file) {
		String sha = this.clerk.get("/api/v1/files/" + file.path("id").asLong() + "/documents")
			.json()
			.get(0)
			.path("contentSha256")
			.asText();
		return this.content.root().resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
	}

	/** Where the second copy of a stored object lies. */
	Path replicaOf(Path stored) {
		return this.content.replicaRoot().resolve(this.content.root().relativize(stored));
	}

	/**
	 * Makes the next read or erasure of this path fail, as a crashed disk or node would.
	 */
	static byte[] obstruct(Path content) throws Exception {
		byte[] bytes = Files.readAllBytes(content);
		Files.delete(content);
		Files.createDirectories(content.resolve("obstacle"));
		return bytes;
	}

	static void clear(Path content, byte[] restore) throws Exception {
		Files.delete(content.resolve("obstacle"));
		Files.delete(content);
		if (restore != null) {
			Files.write(content, restore);
		}
	}

	@Test
	void packagingStoppedHalfWayResumesAndEndsAsAnUninterruptedRun() throws Exception {
		JsonNode a = depositedFile("11.VP", "Hồ sơ đại hội công đoàn năm 2016", "01", null, 2016);
		JsonNode b = depositedFile("12.VP", "Hồ sơ đại hội chi bộ năm 2016", "01", null, 2016);
		String code = sweep("transfers").get(0).path("code").asText();
		Path content = contentOf(b);
		// Both copies unreadable: one would be read instead of the other.
		byte[] bytes = obstruct(content);
		obstruct(replicaOf(content));
		this.engine.complete(this.head, code, "Task_ApproveTransferList", "decision", "APPROVE");
		this.engine.runJobs();
		assertThat(this.engine.count(this.archiveOfficer, code, "Task_AcceptTransfer")).as("stopped").isZero();
		clear(content, bytes);
		clear(replicaOf(content), bytes);
		this.engine.retryFailedJobs();
		this.engine.complete(this.archiveOfficer, code, "Task_AcceptTransfer", "decision", "APPROVE");
		this.engine.runJobs();
		assertThat(this.engine.passed(code, "EndEvent_FilesTransferred")).isTrue();
		for (JsonNode f : List.of(a, b)) {
			assertThat(this.archiveOfficer.get("/api/v1/files/" + f.path("id").asLong()).json().path("status").asText())
				.isEqualTo("TRANSFERRED");
		}
		assertThat(this.admin.get("/api/v1/audit/verify").json().path("intact").asBoolean()).isTrue();
	}

	@Test
	void contentThatCannotBeErasedAtOnceIsErasedByTheNextErasure() throws Exception {
		JsonNode a = depositedFile("13.VP", "Tập công văn đến năm 2008", "06", null, 2008);
		JsonNode b = depositedFile("14.VP", "Tập công văn đi năm 2008", "06", null, 2008);
		String code = sweep("destructions").get(0).path("code").asText();
		this.engine.complete(this.council, code, "Task_CouncilReview", "councilDecisions", "[]");
		this.engine.runJobs();
		Path stuck = contentOf(b);
		byte[] bytes = obstruct(stuck);
		approveDestruction(this.head, code);
		this.engine.runJobs();

		// The decision is carried out in the rows; the bytes go after the commit, and
		// what
		// could not go stays queued.
		assertThat(this.engine.passed(code, "EndEvent_FilesDestroyed")).isTrue();
		for (JsonNode f : List.of(a, b)) {
			assertThat(this.clerk.get("/api/v1/files/" + f.path("id").asLong()).json().path("status").asText())
				.isEqualTo("DESTROYED");
			JsonNode events = this.admin
				.get("/api/v1/audit?entityType=record_file&entityId=" + f.path("fileCode").asText())
				.json();
			assertThat(events.findValuesAsText("action").stream().filter("FILE_DESTROYED"::equals))
				.as("destroyed exactly once")
				.hasSize(1);
		}
		assertThat(Files.exists(contentOf(a))).isFalse();
		assertThat(Files.exists(replicaOf(contentOf(a)))).as("both copies erased").isFalse();
		clear(stuck, bytes);
		assertThat(Files.exists(stuck)).isTrue();

		JsonNode c = depositedFile("15.VP", "Tập công văn đến năm 2007", "06", null, 2007);
		String next = sweep("destructions").stream()
			.filter((batch) -> !batch.path("code").asText().equals(code))
			.findFirst()
			.orElseThrow()
			.path("code")
			.asText();
		this.engine.complete(this.council, next, "Task_CouncilReview", "councilDecisions", "[]");
		this.engine.runJobs();
		approveDestruction(this.head, next);
		this.engine.runJobs();
		assertThat(Files.exists(stuck)).as("erased by the next erasure step").isFalse();
		assertThat(Files.exists(replicaOf(stuck))).isFalse();
		assertThat(minutesText("destructions", batchId(code))).as("the agency's first minutes of the year")
			.contains("Số: 01/BB-SNV");
		assertThat(minutesText("destructions", batchId(next))).as("and its second").contains("Số: 02/BB-SNV");
		assertThat(Files.exists(contentOf(c))).isFalse();
		assertThat(this.admin.get("/api/v1/audit/verify").json().path("intact").asBoolean()).isTrue();
	}

	@Test
	void dueListShowsOverdueFirst() {
		depositedFile("08.VP", "Tập công văn năm 2009", "06", null, 2009);
		JsonNode due = this.archivist.get("/api/v1/retention/due?within=P90D").json();
		assertThat(due.get(0).path("overdue").asBoolean()).isTrue();
		assertThat(this.archivist.get("/api/v1/retention/due?within=90days").status()).isEqualTo(400);
	}

	private static List<String> zipEntries(byte[] zip) throws Exception {
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry e;
			while ((e = in.getNextEntry()) != null) {
				names.add(e.getName());
			}
		}
		return names;
	}

}
