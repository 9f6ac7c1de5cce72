package vn.luutru.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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

import vn.luutru.common.ProblemAssert;
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

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	IntakeSettings settings;

	private Api clerk;

	private String agencyCode;

	private Engine engine;

	@BeforeEach
	void clerk() {
		this.agencyCode = createAgency("Sở Nội vụ tỉnh Sơn La", false).path("code").asText();
		this.clerk = createUser(this.agencyCode, "clerk", "archivist");
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
	void onlyAnArchivistBringsInFilesAlreadyDeposited() {
		Api clerkOnly = createUser(this.agencyCode, "clerk");
		Map<IntakeColumn, String> closed = IntakeZips.depositedFile(IntakeZips.document("16.VP", 1));
		closed.put(IntakeColumn.FILE_STATUS, "Đã kết thúc");
		closed.remove(IntakeColumn.DEPOSIT_DATE);
		Api.Response r = clerkOnly.multipart("/api/v1/intakes",
				Api.parts("file",
						Part.file("nhap.zip", "application/zip",
								IntakeZips.current()
									.row(IntakeZips.depositedFile(IntakeZips.document("15.VP", 1)))
									.row(closed)
									.zip())));
		assertThat(r.status()).as(r.toString()).isEqualTo(202);
		long id = r.json().path("id").asLong();
		this.engine.runJobs("record-intake");
		assertThat(refusedRows(id)).contains("Chỉ lưu trữ viên được nhập hồ sơ ở trạng thái Đã nộp lưu");
		assertThat(file("15.VP", 2019)).as("nothing deposited by a clerk").isNull();
		this.engine.complete(clerkOnly, "NHAP-" + id, "Task_FixRejectedRows", "intakeDecision", "CAPTURE_VALID");
		this.engine.runJobs("record-intake");
		assertThat(file("16.VP", 2019).path("status").asText()).as("a closed file waits for the archivist")
			.isEqualTo("CLOSED");
		assertThat(file("15.VP", 2019)).isNull();
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
	 * The second chunk step stops (the third row's content has gone from the spool, as if
	 * the node died there) after the first chunk committed; once the content is back, the
	 * retried step captures the row left and none twice.
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
		Files.write(spooled, zips.without("21.VP/3.pdf").zip());
		this.engine.runJobs("record-intake");
		JsonNode stopped = intake(id);
		assertThat(stopped.path("status").asText()).isEqualTo("CAPTURING");
		assertThat(stopped.path("capturedRows").asInt()).isEqualTo(2);
		assertThat(stopped.path("waitingRows").asInt()).isEqualTo(1);

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

	/**
	 * A chunk's documents commit together; when the capture refuses one row's content (a
	 * "PDF" that does not parse), the others of its chunk are still captured, the refused
	 * one is FAILED and comes back in the error sheet, and the audit trail has one event
	 * per captured document.
	 */
	@Test
	void aContentRefusedAtCaptureFailsItsRowAndTheRestOfTheChunkIsCaptured() throws IOException {
		IntakeZips zips = IntakeZips.current()
			.row(IntakeZips.depositedFile(IntakeZips.document("22.VP", 1)))
			.row(IntakeZips.document("22.VP", 2))
			.row(IntakeZips.document("22.VP", 3));
		zips.entry("22.VP/2.pdf", "không phải PDF / not a PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		long id = upload(zips);
		this.engine.runJobs("record-intake");
		JsonNode done = intake(id);
		assertThat(done.path("status").asText()).as(refusedRows(id)).isEqualTo("CAPTURED");
		assertThat(done.path("capturedRows").asInt()).isEqualTo(2);
		assertThat(done.path("failedRows").asInt()).isEqualTo(1);
		List<List<String>> errors = rows(this.clerk.get(done.path("errorSheet").asText()).body());
		assertThat(errors).hasSize(2);
		assertThat(errors.get(1).get(IntakeColumn.CODE_NUMBER.ordinal())).isEqualTo("102");
		assertThat(errors.get(1).get(IntakeColumn.values().length)).startsWith("Tệp nội dung:");
		JsonNode file = file("22.VP", 2019);
		assertThat(codeNumbers(file)).containsExactlyInAnyOrder("101", "103");
		for (JsonNode doc : this.clerk.get("/api/v1/files/" + file.path("id").asLong() + "/documents").json()) {
			JsonNode events = this.admin
				.get("/api/v1/audit?entityType=document&entityId=" + doc.path("docCode").asText())
				.json();
			assertThat(events).hasSize(1);
			assertThat(events.get(0).path("action").asText()).isEqualTo("DOCUMENT_CAPTURED");
		}
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

	/**
	 * The clerk fixes the refused row in the error sheet he downloaded (its "Lỗi" column
	 * left in), adds a good row again by mistake, and sends the sheet alone back into the
	 * same intake: the corrected row is checked and captured with the good ones, its
	 * content taken from the first ZIP, and the repeated row is not captured twice.
	 */
	@Test
	void aCorrectedSheetSentBackIsCapturedInTheSameIntakeAndARepeatedRowOnlyOnce() throws IOException {
		Map<IntakeColumn, String> noSubject = IntakeZips.document("31.VP", 3);
		noSubject.remove(IntakeColumn.SUBJECT);
		long id = upload(IntakeZips.current()
			.row(IntakeZips.depositedFile(IntakeZips.document("31.VP", 1)))
			.row(IntakeZips.document("31.VP", 2))
			.row(noSubject));
		this.engine.runJobs("record-intake");
		assertThat(intake(id).path("invalidRows").asInt()).as(refusedRows(id)).isEqualTo(1);

		byte[] corrected;
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(this.clerk.get("/api/v1/intakes/" + id + "/errors.xlsx").body()))) {
			Sheet sheet = workbook.getSheetAt(0);
			sheet.getRow(1).createCell(IntakeColumn.SUBJECT.ordinal()).setCellValue("V/v hướng dẫn lập hồ sơ (đã sửa)");
			Row repeated = sheet.createRow(2);
			IntakeZips.document("31.VP", 2)
				.forEach((column, value) -> repeated.createCell(column.ordinal()).setCellValue(value));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			corrected = out.toByteArray();
		}
		Api.Response sent = resubmit(this.clerk, id, "sheet", "nhap-sua.xlsx", corrected);
		assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
		assertThat(sent.json().path("id").asLong()).isEqualTo(id);
		assertThat(sent.json().path("status").asText()).isEqualTo("VALIDATING");
		this.engine.runJobs("record-intake");

		JsonNode done = intake(id);
		assertThat(done.path("status").asText()).as(refusedRows(id)).isEqualTo("CAPTURED");
		assertThat(done.path("totalRows").asInt()).isEqualTo(3);
		assertThat(done.path("capturedRows").asInt()).isEqualTo(3);
		assertThat(done.path("invalidRows").asInt()).isZero();
		assertThat(done.path("repeatedRows").asInt()).isEqualTo(1);
		assertThat(done.path("percent").asInt()).isEqualTo(100);
		assertThat(done.path("errorSheet").asText(null)).isNull();
		JsonNode rounds = done.path("rounds");
		assertThat(rounds).hasSize(2);
		assertThat(rounds.get(0).path("kind").asText()).isEqualTo("ZIP");
		assertThat(rounds.get(0).path("sheetRows").asInt()).isEqualTo(3);
		assertThat(rounds.get(1).path("kind").asText()).isEqualTo("SHEET");
		assertThat(rounds.get(1).path("uploadName").asText()).isEqualTo("nhap-sua.xlsx");
		assertThat(rounds.get(1).path("sheetRows").asInt()).isEqualTo(2);
		assertThat(rounds.get(1).path("repeatedRows").asInt()).isEqualTo(1);
		assertThat(rounds.get(1).path("replacedRows").asInt()).isEqualTo(1);
		JsonNode file = file("31.VP", 2019);
		assertThat(file.path("status").asText()).isEqualTo("DEPOSITED");
		assertThat(codeNumbers(file)).containsExactlyInAnyOrder("101", "102", "103");
	}

	/**
	 * A corrected ZIP fixes one of two refused rows with a new content file; the other is
	 * still wrong, so the clerk's task comes back; the archivist of the agency then sends
	 * the sheet alone. Nothing is captured until no refused row is left.
	 */
	@Test
	void correctionsAreSentBackUntilNoRowIsRefused() {
		Map<IntakeColumn, String> badDate = IntakeZips.document("32.VP", 2);
		badDate.put(IntakeColumn.ISSUED_DATE, "31/02/2019");
		Map<IntakeColumn, String> badPages = IntakeZips.document("32.VP", 3);
		badPages.put(IntakeColumn.PAGES, "không");
		long id = upload(IntakeZips.current()
			.row(IntakeZips.depositedFile(IntakeZips.document("32.VP", 1)))
			.row(badDate)
			.row(badPages));
		this.engine.runJobs("record-intake");
		assertThat(intake(id).path("invalidRows").asInt()).as(refusedRows(id)).isEqualTo(2);

		Map<IntakeColumn, String> fixedDate = IntakeZips.document("32.VP", 2);
		fixedDate.put(IntakeColumn.CONTENT_FILE, "32.VP/2-ban-sua.pdf");
		Api.Response second = resubmit(this.clerk, id, "file", "nhap-sua.zip",
				IntakeZips.current().row(fixedDate).row(badPages).zip());
		assertThat(second.status()).as(second.toString()).isEqualTo(202);
		this.engine.runJobs("record-intake");
		JsonNode stillBad = intake(id);
		assertThat(stillBad.path("status").asText()).isEqualTo("ROWS_REJECTED");
		assertThat(stillBad.path("invalidRows").asInt()).as(refusedRows(id)).isEqualTo(1);
		assertThat(stillBad.path("validRows").asInt()).isEqualTo(2);
		assertThat(stillBad.path("capturedRows").asInt()).isZero();
		assertThat(refusedRows(id)).contains("Số trang").doesNotContain("31/02/2019");

		Api archivist = createUser(this.agencyCode, "archivist");
		Api.Response third = resubmit(archivist, id, "sheet", "lan-3.xlsx",
				IntakeZips.current().row(IntakeZips.document("32.VP", 3)).sheet());
		assertThat(third.status()).as(third.toString()).isEqualTo(202);
		this.engine.runJobs("record-intake");
		JsonNode done = intake(id);
		assertThat(done.path("status").asText()).as(refusedRows(id)).isEqualTo("CAPTURED");
		assertThat(done.path("totalRows").asInt()).isEqualTo(3);
		assertThat(done.path("capturedRows").asInt()).isEqualTo(3);
		assertThat(done.path("rounds")).hasSize(3);
		JsonNode file = file("32.VP", 2019);
		assertThat(codeNumbers(file)).containsExactlyInAnyOrder("101", "102", "103");
		List<String> names = new ArrayList<>();
		this.clerk.get("/api/v1/files/" + file.path("id").asLong() + "/documents")
			.json()
			.forEach((d) -> names.add(d.path("originalName").asText()));
		assertThat(names).containsExactlyInAnyOrder("1.pdf", "2-ban-sua.pdf", "3.pdf");
	}

	/**
	 * Only the intake's own agency sends corrections back; a hostile or inconsistent
	 * correction is refused as the first upload would be and changes nothing; the task
	 * cannot be completed as "resubmitted" without a correction; a correction is taken
	 * only while the intake waits for one.
	 */
	@Test
	void correctionsAreTakenOnlyFromTheAgencyOnlyWhenWaitingAndNeverHostile() throws IOException {
		Map<IntakeColumn, String> bad = IntakeZips.document("33.VP", 2);
		bad.put(IntakeColumn.PAGES, "không");
		IntakeZips first = IntakeZips.current().row(IntakeZips.depositedFile(IntakeZips.document("33.VP", 1))).row(bad);
		byte[] firstZip = first.zip();
		long id = this.clerk
			.multipart("/api/v1/intakes", Api.parts("file", Part.file("nhap.zip", "application/zip", firstZip)))
			.json()
			.path("id")
			.asLong();
		this.engine.runJobs("record-intake");
		byte[] fixed = IntakeZips.current().row(IntakeZips.document("33.VP", 2)).sheet();

		Api stranger = createUser(createAgency("Sở Y tế tỉnh Sơn La", false).path("code").asText(), "clerk");
		assertThat(resubmit(stranger, id, "sheet", "sua.xlsx", fixed).status()).isEqualTo(404);
		Api manager = createUser(this.agencyCode, "manager");
		assertThat(resubmit(manager, id, "sheet", "sua.xlsx", fixed).status()).isEqualTo(403);

		Api.Response none = this.clerk.multipart("/api/v1/intakes/" + id + "/resubmissions",
				Api.parts("note", Part.json("x")));
		assertThat(none.status()).as(none.toString()).isEqualTo(400);
		Api.Response both = this.clerk.multipart("/api/v1/intakes/" + id + "/resubmissions",
				Api.parts("sheet", Part.file("sua.xlsx", XLSX, fixed), "file", Part.file("sua.zip", "application/zip",
						IntakeZips.current().row(IntakeZips.document("33.VP", 2)).zip())));
		assertThat(both.status()).as(both.toString()).isEqualTo(400);
		Api.Response climbing = resubmit(this.clerk, id, "file", "sua.zip", IntakeZips.zip(Map.of(IntakeZip.SHEET,
				fixed, "33.VP/2.pdf", new byte[] { '%', 'P' }, "../../ngoai.pdf", new byte[] { 1 })));
		assertThat(climbing.status()).as(climbing.toString()).isEqualTo(400);
		assertThat(climbing.text()).contains("..");
		Api.Response absent = resubmit(this.clerk, id, "sheet", "sua.xlsx",
				IntakeZips.current().row(IntakeZips.document("33.VP", 9)).sheet());
		assertThat(absent.status()).as(absent.toString()).isEqualTo(400);
		assertThat(absent.text()).contains("33.VP/9.pdf");
		Api.Response unlisted = resubmit(this.clerk, id, "file", "sua.zip",
				IntakeZips.current().row(IntakeZips.document("33.VP", 2)).entry("33.VP/thua.pdf", firstZip).zip());
		assertThat(unlisted.status()).as(unlisted.toString()).isEqualTo(400);
		String longName = "bang-ke-sua-".repeat(21);
		ProblemAssert.refused(resubmit(this.clerk, id, "sheet", longName + ".xlsx", fixed), 400, "fileName",
				"Dài quá 255", "Longer than 255");
		ProblemAssert.refused(
				this.clerk.multipart("/api/v1/intakes",
						Api.parts("file", Part.file(longName + ".zip", "application/zip", firstZip))),
				400, "fileName", "Dài quá 255", "Longer than 255");
		Api.Response withoutCorrection = this.engine.tryComplete(this.clerk, "NHAP-" + id, "Task_FixRejectedRows",
				"intakeDecision", "RESUBMIT");
		assertThat(withoutCorrection.status()).as(withoutCorrection.toString()).isEqualTo(400);

		JsonNode unchanged = intake(id);
		assertThat(unchanged.path("status").asText()).isEqualTo("ROWS_REJECTED");
		assertThat(unchanged.path("rounds")).hasSize(1);
		assertThat(unchanged.path("invalidRows").asInt()).isEqualTo(1);
		try (Stream<Path> spool = Files.list(spooled(firstZip).getParent())) {
			assertThat(spool.map((p) -> p.getFileName().toString())).containsExactly("intake.zip");
		}

		assertThat(resubmit(this.clerk, id, "sheet", "sua.xlsx", fixed).status()).isEqualTo(202);
		Api.Response again = resubmit(this.clerk, id, "sheet", "sua.xlsx", fixed);
		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		this.engine.runJobs("record-intake");
		assertThat(intake(id).path("status").asText()).as(refusedRows(id)).isEqualTo("CAPTURED");
		assertThat(codeNumbers(file("33.VP", 2019))).containsExactlyInAnyOrder("101", "102");
	}

	private Api.Response resubmit(Api user, long id, String part, String name, byte[] bytes) {
		String type = part.equals("sheet") ? XLSX : "application/zip";
		return user.multipart("/api/v1/intakes/" + id + "/resubmissions",
				Api.parts(part, Part.file(name, type, bytes)));
	}

	private List<String> codeNumbers(JsonNode file) {
		List<String> numbers = new ArrayList<>();
		this.clerk.get("/api/v1/files/" + file.path("id").asLong() + "/documents")
			.json()
			.forEach((d) -> numbers.add(d.path("codeNumber").asText()));
		return numbers;
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
