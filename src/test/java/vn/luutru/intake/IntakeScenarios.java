package vn.luutru.intake;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.luutru.support.Api;
import vn.luutru.support.Api.Part;
import vn.luutru.support.ApiTestSupport;
import vn.luutru.support.Engine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A clerk brings legacy records in from a ZIP: good rows are captured in chunks, bad rows
 * come back in a sheet with the errors in Vietnamese, files keep their real history and
 * deadlines, and the intake stays within its agency. Chunks of two rows, so that a few
 * rows take several steps.
 */
abstract class IntakeScenarios extends ApiTestSupport {

	private static final DataFormatter CELLS = new DataFormatter();

	@Autowired
	IntakeSettings settings;

	private Api clerk;

	private Engine engine;

	@BeforeEach
	void clerk() {
		this.clerk = createUser(createAgency("Sở Nội vụ tỉnh Sơn La", false).path("code").asText(), "clerk");
		this.engine = new Engine(this.admin);
	}

	private long upload(IntakeZips zips) {
		Api.Response r = this.clerk.multipart("/api/v1/intakes",
				Api.parts("file", Part.file("nhap.zip", "application/zip", zips.zip())));
		assertThat(r.status()).as(r.toString()).isEqualTo(202);
		assertThat(r.json().path("status").asText()).isEqualTo("VALIDATING");
		return r.json().path("id").asLong();
	}

	private JsonNode intake(long id) {
		Api.Response r = this.clerk.get("/api/v1/intakes/" + id);
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		return r.json();
	}

	private JsonNode file(String notation, int year) {
		for (JsonNode f : this.clerk.get("/api/v1/files?year=" + year + "&size=100").json().path("items")) {
			if (f.path("fileNotation").asText().equals(notation)) {
				return f;
			}
		}
		return null;
	}

	@Test
	void templateGivesTheLayoutWithAnExample() throws IOException {
		Api.Response r = this.clerk.get("/api/v1/intakes/template.xlsx");
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		List<List<String>> rows = rows(r.body());
		List<String> headers = new ArrayList<>();
		for (IntakeColumn column : IntakeColumn.values()) {
			headers.add(column.header);
		}
		assertThat(rows.get(0)).containsExactlyElementsOf(headers);
		assertThat(rows.get(0)).contains("Số và ký hiệu hồ sơ", "Trích yếu nội dung", "Ngày nộp lưu", "Tệp nội dung");
		assertThat(rows.get(1).get(IntakeColumn.MAINTENANCE.ordinal())).isEqualTo("06");
		assertThat(rows.get(1).get(IntakeColumn.FILE_STATUS.ordinal())).isEqualTo("Đã nộp lưu");
	}

	@Test
	void capturesGoodRowsInChunksAndGivesBadOnesBackWithErrorsInVietnamese() throws IOException {
		Map<IntakeColumn, String> noSubject = IntakeZips.document("01.VP", 3);
		noSubject.remove(IntakeColumn.SUBJECT);
		Map<IntakeColumn, String> badDate = IntakeZips.document("01.VP", 4);
		badDate.put(IntakeColumn.ISSUED_DATE, "31/02/2019");
		Map<IntakeColumn, String> open = IntakeZips.document("02.VP", 1);
		open.put(IntakeColumn.FILE_YEAR, "2026");
		open.put(IntakeColumn.FILE_TITLE, "Hồ sơ đang giải quyết");
		open.put(IntakeColumn.MAINTENANCE, "06");
		long id = upload(IntakeZips.current()
			.row(IntakeZips.depositedFile(IntakeZips.document("01.VP", 1)))
			.row(IntakeZips.document("01.VP", 2))
			.row(noSubject)
			.row(badDate)
			.row(open));
		this.engine.runJobs("record-intake");
		JsonNode checked = intake(id);
		assertThat(checked.path("status").asText()).isEqualTo("ROWS_REJECTED");
		assertThat(checked.path("totalRows").asInt()).isEqualTo(5);
		assertThat(checked.path("invalidRows").asInt()).as(refusedRows(id)).isEqualTo(2);
		assertThat(checked.path("validRows").asInt()).isEqualTo(3);
		assertThat(checked.path("capturedRows").asInt()).isZero();

		Api.Response errors = this.clerk.get(checked.path("errorSheet").asText());
		assertThat(errors.status()).as(errors.toString()).isEqualTo(200);
		List<List<String>> rows = rows(errors.body());
		int errorColumn = IntakeColumn.values().length;
		assertThat(rows.get(0).get(errorColumn)).isEqualTo("Lỗi");
		assertThat(rows).hasSize(3);
		assertThat(rows.get(1).get(IntakeColumn.CODE_NUMBER.ordinal())).isEqualTo("103");
		assertThat(rows.get(1).get(errorColumn)).isEqualTo("Trích yếu nội dung: Bắt buộc phải nhập");
		assertThat(rows.get(2).get(IntakeColumn.ISSUED_DATE.ordinal())).isEqualTo("31/02/2019");
		assertThat(rows.get(2).get(errorColumn))
			.startsWith("Ngày, tháng, năm văn bản: Ngày \"31/02/2019\" không đúng dạng ngày/tháng/năm");

		this.engine.complete(this.clerk, "NHAP-" + id, "Task_FixRejectedRows", "intakeDecision", "CAPTURE_VALID");
		this.engine.runJobs("record-intake");
		JsonNode done = intake(id);
		assertThat(done.path("status").asText()).as(refusedRows(id)).isEqualTo("CAPTURED");
		assertThat(done.path("capturedRows").asInt()).isEqualTo(3);
		assertThat(done.path("waitingRows").asInt()).isZero();
		assertThat(done.path("percent").asInt()).isEqualTo(100);
		assertThat(done.path("rowsPerSecond").asDouble()).isPositive();
		assertThat(chunkSteps(id)).as("3 rows in chunks of 2").isEqualTo(2);
		assertThat(this.engine.variable("NHAP-" + id, "progressDone").asLong()).as("Cockpit's progress").isEqualTo(3);
		assertThat(this.engine.variable("NHAP-" + id, "progressTotal").asLong()).isEqualTo(3);
		assertThat(this.engine.variable("NHAP-" + id, "progressPercent").asDouble()).isEqualTo(100.0);
		assertThat(this.engine.variable("NHAP-" + id, "progressText").asText()).contains("3/3 văn bản",
				"3 of 3 documents");

		JsonNode deposited = file("01.VP", 2019);
		assertThat(deposited.path("status").asText()).isEqualTo("DEPOSITED");
		assertThat(deposited.path("docTotal").asInt()).isEqualTo(2);
		assertThat(deposited.path("endDate").asText()).isEqualTo("2019-12-31");
		// Kept 10 years from the year its work ended: reviewed from 01/01/2030.
		assertThat(deposited.path("dueOn").asText()).isEqualTo("2030-01-01");
		assertThat(deposited.path("dueAction").asText()).isEqualTo("DESTRUCTION_REVIEW");
		String home = this.clerk.get("/home").text();
		assertThat(home).contains("Nhập tài liệu hàng loạt", "nhap.zip", "Đã nhập xong", "100%", "3 / 3");
		JsonNode stillOpen = file("02.VP", 2026);
		assertThat(stillOpen.path("status").asText()).isEqualTo("OPEN");
		assertThat(stillOpen.path("docTotal").asInt()).isEqualTo(1);
	}

	@Test
	void aPermanentFileDepositedYearsAgoIsDueForTransferFromItsRealDepositYear() {
		Map<IntakeColumn, String> row = IntakeZips.depositedFile(IntakeZips.document("05.TCCB", 1));
		row.put(IntakeColumn.MAINTENANCE, "01");
		long id = upload(IntakeZips.current().row(row));
		this.engine.runJobs("record-intake");
		assertThat(intake(id).path("status").asText()).as(refusedRows(id)).isEqualTo("CAPTURED");
		JsonNode file = file("05.TCCB", 2019);
		assertThat(file.path("status").asText()).isEqualTo("DEPOSITED");
		// Deposited in 2020 (year 0) + 5 years: by 31/12/2025, overdue today.
		assertThat(file.path("dueOn").asText()).isEqualTo("2025-12-31");
		assertThat(file.path("dueAction").asText()).isEqualTo("TRANSFER");
	}

	@Test
	void aClosedLegacyFileIsDueForDepositAYearAfterItsWorkEnded() {
		Map<IntakeColumn, String> row = IntakeZips.depositedFile(IntakeZips.document("06.VP", 1));
		row.put(IntakeColumn.FILE_STATUS, "Đã kết thúc");
		row.remove(IntakeColumn.DEPOSIT_DATE);
		Map<IntakeColumn, String> depositDateOfAnOpenFile = IntakeZips.document("08.VP", 1);
		depositDateOfAnOpenFile.put(IntakeColumn.FILE_TITLE, "Hồ sơ mở");
		depositDateOfAnOpenFile.put(IntakeColumn.MAINTENANCE, "06");
		depositDateOfAnOpenFile.put(IntakeColumn.DEPOSIT_DATE, "15/06/2020");
		long id = upload(IntakeZips.current().row(row).row(depositDateOfAnOpenFile));
		this.engine.runJobs("record-intake");
		assertThat(refusedRows(id)).contains("Ngày nộp lưu: Chỉ hồ sơ đã nộp lưu mới có ngày nộp lưu");
		this.engine.complete(this.clerk, "NHAP-" + id, "Task_FixRejectedRows", "intakeDecision", "CAPTURE_VALID");
		this.engine.runJobs("record-intake");
		JsonNode file = file("06.VP", 2019);
		assertThat(file.path("status").asText()).isEqualTo("CLOSED");
		assertThat(file.path("endDate").asText()).isEqualTo("2019-12-31");
		// Deposit within a year of the end of the work: by 31/12/2020, long overdue.
		assertThat(file.path("dueOn").asText()).isEqualTo("2020-12-31");
		assertThat(file.path("dueAction").asText()).isEqualTo("DEPOSIT");
		assertThat(file("08.VP", 2026)).isNull();
	}

	@Test
	void aSheetWithCircular02NamesIsMappedAndKeepsItsSchema() {
		List<String> header = new ArrayList<>();
		for (IntakeColumn column : IntakeColumn.values()) {
			header.add(column.legacyNames.stream()
				.filter((n) -> n.chars().allMatch((c) -> c < 0x80))
				.findFirst()
				.orElse(column.header));
		}
		assertThat(header).contains("CodeNumber", "PageAmount", "KeyWord");
		long id = upload(IntakeZips.withHeader(header).row(IntakeZips.depositedFile(IntakeZips.document("07.VP", 1))));
		this.engine.runJobs("record-intake");
		JsonNode done = intake(id);
		assertThat(done.path("schemaVersion").asText()).isEqualTo("TT02/2019");
		assertThat(done.path("status").asText()).as(refusedRows(id)).isEqualTo("CAPTURED");
		JsonNode file = file("07.VP", 2019);
		JsonNode docs = this.clerk.get("/api/v1/files/" + file.path("id").asLong() + "/documents").json();
		assertThat(docs).hasSize(1);
		assertThat(docs.get(0).path("schemaVersion").asText()).isEqualTo("TT02/2019");
		assertThat(docs.get(0).path("codeNumber").asText()).isEqualTo("101");
		assertThat(docs.get(0).path("originalName").asText()).isEqualTo("1.pdf");
	}

	@Test
	void cancellingAnIntakeCapturesNothing() {
		Map<IntakeColumn, String> bad = IntakeZips.document("09.VP", 2);
		bad.put(IntakeColumn.PAGES, "không");
		long id = upload(IntakeZips.current().row(IntakeZips.depositedFile(IntakeZips.document("09.VP", 1))).row(bad));
		this.engine.runJobs("record-intake");
		Api.Response wrong = this.engine.tryComplete(this.clerk, "NHAP-" + id, "Task_FixRejectedRows", "intakeDecision",
				"MAYBE");
		assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
		this.engine.complete(this.clerk, "NHAP-" + id, "Task_FixRejectedRows", "intakeDecision", "CANCEL");
		this.engine.runJobs("record-intake");
		JsonNode done = intake(id);
		assertThat(done.path("status").asText()).isEqualTo("CANCELLED");
		assertThat(done.path("capturedRows").asInt()).isZero();
		assertThat(file("09.VP", 2019)).isNull();
	}

	@Test
	void flagsRowsDuplicatingDocumentsAlreadyKeptAndStillCapturesThem() {
		long first = upload(IntakeZips.current().row(IntakeZips.depositedFile(IntakeZips.document("13.VP", 1))));
		this.engine.runJobs("record-intake");
		assertThat(intake(first).path("duplicates").asInt()).isZero();
		Map<IntakeColumn, String> copy = IntakeZips.depositedFile(IntakeZips.document("14.VP", 1));
		copy.put(IntakeColumn.CONTENT_FILE, "14.VP/ban-sao.pdf");
		long second = upload(IntakeZips.current().row(copy).row(IntakeZips.document("14.VP", 2)));
		this.engine.runJobs("record-intake");
		JsonNode done = intake(second);
		assertThat(done.path("status").asText()).as(refusedRows(second)).isEqualTo("CAPTURED");
		assertThat(done.path("capturedRows").asInt()).isEqualTo(2);
		assertThat(done.path("duplicates").asInt()).isEqualTo(1);
		String kept = file("13.VP", 2019).path("fileCode").asText() + ".1";
		assertThat(done.path("duplicateRows").get(0).path("rowNo").asInt()).isEqualTo(2);
		assertThat(done.path("duplicateRows").get(0).path("duplicateOf").asText()).isEqualTo(kept);
	}

	/**
	 * A chunk step stops after its first row committed (the second row's content has gone
	 * from the spool, as if the node died there); once the content is back, the retried
	 * step captures the rows left and none twice.
	 */
	@Test
	void aChunkStoppedMidwayResumesWithoutCapturingAnyRowTwice() throws IOException {
		IntakeZips zips = IntakeZips.current().row(IntakeZips.depositedFile(IntakeZips.document("21.VP", 1)));
		zips.row(IntakeZips.document("21.VP", 2)).row(IntakeZips.document("21.VP", 3));
		byte[] zip = zips.zip();
		Api.Response r = this.clerk.multipart("/api/v1/intakes",
				Api.parts("file", Part.file("nhap.zip", "application/zip", zip)));
		long id = r.json().path("id").asLong();
		Path spooled = spooled(zip);
		Files.write(spooled, zips.without("21.VP/2.pdf").zip());
		this.engine.runJobs("record-intake");
		JsonNode stopped = intake(id);
		assertThat(stopped.path("status").asText()).isEqualTo("CAPTURING");
		assertThat(stopped.path("capturedRows").asInt()).isEqualTo(1);
		assertThat(stopped.path("waitingRows").asInt()).isEqualTo(2);

		Files.write(spooled, zip);
		this.engine.retryFailedJobs();
		JsonNode done = intake(id);
		assertThat(done.path("status").asText()).isEqualTo("CAPTURED");
		assertThat(done.path("capturedRows").asInt()).isEqualTo(3);
		JsonNode file = file("21.VP", 2019);
		assertThat(file.path("docTotal").asInt()).isEqualTo(3);
		JsonNode docs = this.clerk.get("/api/v1/files/" + file.path("id").asLong() + "/documents").json();
		List<String> numbers = new ArrayList<>();
		docs.forEach((d) -> numbers.add(d.path("codeNumber").asText()));
		assertThat(numbers).containsExactlyInAnyOrder("101", "102", "103");
		assertThat(Files.exists(spooled)).as("spool removed once the intake is done").isFalse();
	}

	/** The intake's ZIP in the spool, found by its bytes. */
	private Path spooled(byte[] zip) throws IOException {
		try (Stream<Path> files = Files.walk(this.settings.spoolDir())) {
			for (Path p : files.filter((f) -> f.getFileName().toString().equals("intake.zip")).toList()) {
				if (Arrays.equals(Files.readAllBytes(p), zip)) {
					return p;
				}
			}
		}
		throw new AssertionError("not in the spool");
	}

	@Test
	void anotherAgencysOfficerDoesNotFindTheIntake() {
		long id = upload(IntakeZips.current().row(IntakeZips.depositedFile(IntakeZips.document("11.VP", 1))));
		Api other = createUser(createAgency("Sở Tư pháp tỉnh Sơn La", false).path("code").asText(), "clerk");
		assertThat(other.get("/api/v1/intakes/" + id).status()).isEqualTo(404);
		assertThat(other.get("/api/v1/intakes/" + id + "/errors.xlsx").status()).isEqualTo(404);
		assertThat(this.clerk.get("/api/v1/intakes/" + id).status()).isEqualTo(200);
	}

	/** The error sheet's rows, to read when a test fails. */
	private String refusedRows(long id) {
		try {
			return rows(this.clerk.get("/api/v1/intakes/" + id + "/errors.xlsx").body()).toString();
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

	private int chunkSteps(long id) {
		String instance = this.admin.get("/engine-rest/history/process-instance?processInstanceBusinessKey=NHAP-" + id)
			.json()
			.get(0)
			.path("id")
			.asText();
		return this.admin
			.get("/engine-rest/history/activity-instance?processInstanceId=" + instance
					+ "&activityId=Task_CaptureChunk")
			.json()
			.size();
	}

	private static List<List<String>> rows(byte[] xlsx) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					cells.add((row.getCell(c) != null) ? CELLS.formatCellValue(row.getCell(c)) : "");
				}
				rows.add(cells);
			}
		}
		return rows;
	}

}
