package vn.luutru.receipt;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.luutru.content.ContentStore;
import vn.luutru.common.ProblemAssert;
import vn.luutru.support.Api;
import vn.luutru.support.Api.Part;
import vn.luutru.support.ApiTestSupport;
import vn.luutru.support.EarkValidator;
import vn.luutru.support.Engine;
import vn.luutru.transfer.pkg.FixityReport;
import vn.luutru.transfer.pkg.TransferPackageVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The historical archive receives SIPs from agencies that do not run LuuTru: validated
 * before anyone acts, accepted into the archive's holdings with an AIP per file, or
 * refused with every error in Vietnamese and English; the depositor follows the status;
 * nobody else reads it or decides.
 */
abstract class ReceiptScenarios extends ApiTestSupport {

	private static final String TASK = "Task_DecideReceipt";

	@Autowired
	ContentStore store;

	@Autowired
	ReceiptSettings settings;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ReceiptRegistration registration;

	@Autowired
	PlatformTransactionManager transactions;

	@TempDir
	Path dir;

	private Engine engine;

	private String archiveCode;

	private Api archive;

	private String depositorCode;

	private String depositorName;

	@BeforeEach
	void parties() {
		this.engine = new Engine(this.admin);
		this.archiveCode = historicalArchive();
		this.archive = createUser(this.archiveCode, "historical-archive");
		this.depositorName = "Sở Xây dựng tỉnh Sơn La";
		this.depositorCode = createAgency(this.depositorName, false).path("code").asText();
	}

	private byte[] goodSip(String tag) {
		return SipFixtures.twoFiles(this.depositorCode, this.depositorName, this.archiveCode, tag);
	}

	private Api.Response upload(Api user, byte[] sip) {
		return user.multipart("/api/v1/receipts", Api.parts("file", Part.file("sip.zip", "application/zip", sip)));
	}

	private long received(Api user, byte[] sip) {
		Api.Response r = upload(user, sip);
		assertThat(r.status()).as(r.toString()).isEqualTo(202);
		assertThat(r.json().path("status").asText()).isEqualTo("RECEIVED");
		return r.json().path("id").asLong();
	}

	private JsonNode receipt(Api user, long id) {
		Api.Response r = user.get("/api/v1/receipts/" + id);
		assertThat(r.status()).as(r.toString()).isEqualTo(200);
		return r.json();
	}

	private void runSteps() {
		this.engine.runJobs("sip-receipt");
		assertThat(this.admin.get("/engine-rest/job?withException=true&processDefinitionKey=sip-receipt").json())
			.as("failed steps")
			.isEmpty();
	}

	private static List<String> messages(JsonNode receipt) {
		List<String> messages = new ArrayList<>();
		receipt.path("errors")
			.forEach((e) -> messages.add(e.path("message").asText() + " | " + e.path("messageEn").asText() + " | "
					+ e.path("path").asText()));
		return messages;
	}

	@Test
	void aGoodSipIsValidatedAcceptedAndHeldByTheArchiveWithItsTotalsAndAips() throws IOException {
		byte[] sip = goodSip("2019-a");
		long id = received(this.archive, sip);
		String key = "TIEPNHAN-" + id;
		runSteps();

		JsonNode validated = receipt(this.archive, id);
		assertThat(validated.path("status").asText()).as(messages(validated).toString()).isEqualTo("VALIDATED");
		assertThat(validated.path("errors")).isEmpty();
		assertThat(validated.path("acceptable").asBoolean()).isTrue();
		assertThat(validated.path("depositorCode").asText()).isEqualTo(this.depositorCode);
		assertThat(validated.path("files").asInt()).isEqualTo(2);
		assertThat(validated.path("documents").asInt()).isEqualTo(3);
		assertThat(validated.path("bytes").asLong()).isEqualTo(SipFixtures.contentBytes(sip));
		JsonNode periods = validated.path("byRetention");
		assertThat(periods).hasSize(2);
		assertThat(periods.get(0).path("maintenanceCode").asText()).isEqualTo("01");
		assertThat(periods.get(0).path("label").asText()).isEqualTo("Vĩnh viễn");
		assertThat(periods.get(0).path("files").asInt()).isEqualTo(1);
		assertThat(periods.get(0).path("documents").asInt()).isEqualTo(2);
		assertThat(periods.get(1).path("maintenanceCode").asText()).isEqualTo("06");
		assertThat(periods.get(1).path("label").asText()).isEqualTo("10 năm");
		assertThat(periods.get(1).path("documents").asInt()).isEqualTo(1);

		// A rejection needs its reason; the task stays open without one.
		Api.Response noReason = this.engine.tryComplete(this.archive, key, TASK, "decision", "REJECT", "comment", "");
		assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
		this.engine.complete(this.archive, key, TASK, "decision", "APPROVE", "comment", "Đủ thành phần hồ sơ");
		runSteps();

		JsonNode accepted = receipt(this.archive, id);
		assertThat(accepted.path("status").asText()).as(messages(accepted).toString()).isEqualTo("ACCEPTED");
		assertThat(accepted.path("decidedBy").asText()).isNotBlank();
		assertThat(accepted.path("ingestedAt").isNull()).isFalse();
		JsonNode registered = accepted.path("registeredFiles");
		assertThat(registered).hasSize(2);
		assertThat(this.engine.ended(key)).isTrue();

		// In the archive's holdings, in its custody, with their documents.
		String permanent = this.depositorCode + ".2019.05.XD";
		JsonNode files = this.archive.get("/api/v1/files?year=2019&size=100").json().path("items");
		JsonNode held = null;
		for (JsonNode f : files) {
			if (f.path("fileCode").asText().equals(permanent)) {
				held = f;
			}
		}
		assertThat(held).as("the archive lists %s among %s", permanent, files).isNotNull();
		assertThat(held.path("status").asText()).isEqualTo("TRANSFERRED");
		assertThat(held.path("docTotal").asInt()).isEqualTo(2);

		// Each AIP is in the content store, intact, with PREMIS, and passes the E-ARK
		// validator.
		for (JsonNode f : registered) {
			String sha = f.path("aipSha256").asText();
			Path aip = this.dir.resolve(f.path("fileCode").asText() + ".zip");
			try (InputStream in = this.store.open(sha)) {
				Files.copy(in, aip);
			}
			FixityReport report;
			try (InputStream in = Files.newInputStream(aip)) {
				report = new TransferPackageVerifier().verify(in);
			}
			assertThat(report.problems()).isEmpty();
			assertThat(report.documents()).allSatisfy((d) -> assertThat(d.premisSha256()).isNotNull());
			Map<String, byte[]> entries = SipFixtures.entries(Files.readAllBytes(aip));
			String premis = entries.entrySet()
				.stream()
				.filter((e) -> e.getKey().endsWith("/metadata/preservation/PREMIS.xml"))
				.map((e) -> new String(e.getValue(), StandardCharsets.UTF_8))
				.findFirst()
				.orElseThrow();
			assertThat(premis).contains("information package creation", key);
			assertThat(premis).contains("<eventType>validation</eventType>", "<eventType>fixity check</eventType>",
					"<eventType>ingestion</eventType>", validated.path("uploadSha256").asText());
			assertThat(EarkValidator.mustErrors(aip)).isEmpty();
		}

		// The receipt slip states what was received (Circular 05/2025 Art. 23.1).
		Api.Response slip = this.archive.get("/api/v1/receipts/" + id + "/slip.docx");
		assertThat(slip.status()).as(slip.toString()).isEqualTo(200);
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(slip.body()));
				XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
			assertThat(text.getText()).contains("PHIẾU TIẾP NHẬN GÓI TIN NỘP LƯU", key, this.depositorCode,
					"Tổng số hồ sơ trong gói tin: 2", "Tổng số văn bản, tài liệu: 3", "Vĩnh viễn", "10 năm",
					"Đã tiếp nhận vào kho lưu trữ");
		}

		// Audited step by step.
		List<String> actions = this.jdbc.queryForList(
				"select action from lt_audit_event where entity_type = 'receipt' and entity_id = ? order by id",
				String.class, key);
		assertThat(actions).containsExactly("RECEIPT_RECEIVED", "RECEIPT_VALIDATED", "RECEIPT_ACCEPTED");
	}

	@Test
	void anAcceptedSipIsRegisteredChunkByChunkWithItsProgressShownAndEachDocumentOnce() {
		long id = received(this.archive,
				SipFixtures.fiveDocuments(this.depositorCode, this.depositorName, this.archiveCode));
		String key = "TIEPNHAN-" + id;
		runSteps();
		assertThat(receipt(this.archive, id).path("registration").path("total").asLong()).as("nothing listed yet")
			.isZero();
		this.engine.complete(this.archive, key, TASK, "decision", "APPROVE", "comment", "Đủ thành phần hồ sơ");

		// The SIP is checked once more and its documents listed: nothing registered yet.
		runOneStep(key);
		JsonNode started = receipt(this.archive, id);
		assertThat(started.path("status").asText()).isEqualTo("REGISTERING");
		assertThat(progress(started)).containsExactly(0L, 5L);
		// One chunk of two documents: the first file (three documents) is not complete.
		runOneStep(key);
		JsonNode first = receipt(this.archive, id);
		assertThat(progress(first)).containsExactly(2L, 5L);
		assertThat(first.path("registration").path("text").asText()).contains("Đã đăng ký 2/5 văn bản",
				"2 of 5 documents registered");
		assertThat(first.path("registeredFiles")).isEmpty();
		assertThat(documentsHeld()).isEqualTo(2);
		// A node killed in the middle of the next chunk: its transaction is lost, and
		// with
		// it every document, file and mark of the chunk.
		new TransactionTemplate(this.transactions).executeWithoutResult((tx) -> {
			this.registration.registerChunk(id);
			tx.setRollbackOnly();
		});
		assertThat(progress(receipt(this.archive, id))).containsExactly(2L, 5L);
		assertThat(documentsHeld()).isEqualTo(2);
		// The same step run again meanwhile (a second node after the job lock ran out)
		// takes the next documents, not these again.
		assertThat(this.registration.registerChunk(id)).isEqualTo(1);
		JsonNode second = receipt(this.archive, id);
		assertThat(progress(second)).containsExactly(4L, 5L);
		assertThat(second.path("status").asText()).isEqualTo("REGISTERING");
		assertThat(second.path("registeredFiles")).hasSize(1);
		runSteps();
		JsonNode accepted = receipt(this.archive, id);
		assertThat(accepted.path("status").asText()).as(messages(accepted).toString()).isEqualTo("ACCEPTED");
		assertThat(progress(accepted)).containsExactly(5L, 5L);
		assertThat(accepted.path("registration").path("percent").asDouble()).isEqualTo(100.0);
		assertThat(accepted.path("registeredFiles").findValuesAsText("documents")).containsExactly("3", "2");
		assertThat(this.engine.ended(key)).isTrue();
		// A step repeated after the end changes nothing.
		assertThat(this.registration.registerChunk(id)).isZero();
		assertThat(documentsHeld()).isEqualTo(5);
		assertThat(this.jdbc.queryForObject(
				"select count(distinct d.doc_code) from lt_document d"
						+ " join lt_record_file f on f.id = d.file_id where f.file_code like ?",
				Integer.class, this.depositorCode + ".2019.%"))
			.isEqualTo(5);
		assertThat(this.jdbc.queryForList("select f.status from lt_record_file f where f.file_code like ?",
				String.class, this.depositorCode + ".2019.%"))
			.containsExactly("TRANSFERRED", "TRANSFERRED");
		assertThat(this.jdbc.queryForList(
				"select action from lt_audit_event where entity_type = 'receipt' and entity_id = ? order by id",
				String.class, key))
			.containsExactly("RECEIPT_RECEIVED", "RECEIPT_VALIDATED", "RECEIPT_ACCEPTED");
	}

	/** Executes the one due step of the receipt's process. */
	private void runOneStep(String key) {
		String instance = this.admin.get("/engine-rest/process-instance?businessKey=" + key)
			.json()
			.get(0)
			.path("id")
			.asText();
		JsonNode jobs = this.admin.get("/engine-rest/job?executable=true&processInstanceId=" + instance).json();
		assertThat(jobs).hasSize(1);
		Api.Response r = this.admin.post("/engine-rest/job/" + jobs.get(0).path("id").asText() + "/execute", "");
		assertThat(r.status()).as(r.toString()).isEqualTo(204);
	}

	private static List<Long> progress(JsonNode receipt) {
		return List.of(receipt.path("registration").path("done").asLong(),
				receipt.path("registration").path("total").asLong());
	}

	private int documentsHeld() {
		return this.jdbc.queryForObject("select count(*) from lt_document d join lt_record_file f on f.id = d.file_id"
				+ " where f.file_code like ?", Integer.class, this.depositorCode + ".2019.%");
	}

	@Test
	void aSipWithAWrongChecksumIsRefusedWithAClearMessageAndMakesNoTask() {
		byte[] good = goodSip("2019-b");
		byte[] tampered = SipFixtures.repack(good, (name, bytes) -> name.contains("/data/") && name.endsWith(".2.pdf")
				? SipFixtures.page("Một văn bản khác đã bị tráo") : bytes);
		long id = received(this.archive, tampered);
		runSteps();
		JsonNode refused = receipt(this.archive, id);
		assertThat(refused.path("status").asText()).isEqualTo("REJECTED");
		assertThat(refused.path("acceptable").asBoolean()).isFalse();
		assertThat(refused.path("reason").asText()).contains("Gói tin không hợp lệ", "not valid");
		assertThat(messages(refused))
			.anySatisfy((m) -> assertThat(m).contains("Mã kiểm tra SHA-256 của tệp không khớp với METS",
					"SHA-256 checksum does not match the METS", ".2.pdf"));
		assertThat(this.engine.count(this.archive, "TIEPNHAN-" + id, TASK)).isZero();
		assertThat(this.engine.ended("TIEPNHAN-" + id)).isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from lt_record_file where file_code like ?", Integer.class,
				this.depositorCode + ".2019.%"))
			.isZero();
	}

	@Test
	void aHostileZipIsRefusedAndNothingIsStored() throws IOException {
		byte[] climbing = SipFixtures.zip(List.of(Map.entry("goi/METS.xml", "<mets/>".getBytes()),
				Map.entry("../../etc/cron.d/luutru", "* * * * * root true".getBytes())));
		byte[] bomb = SipFixtures
			.zip(List.of(Map.entry("goi/representations/rep1/data/bom.pdf", new byte[2 * 1024 * 1024])));
		long spooledBefore = spooled();
		int receiptsBefore = receipts();
		for (byte[] hostile : List.of(climbing, bomb, "không phải ZIP".getBytes(StandardCharsets.UTF_8))) {
			Api.Response r = upload(this.archive, hostile);
			assertThat(r.status()).as(r.toString()).isEqualTo(400);
			assertThat(r.errorFields()).containsExactly("file");
		}
		String longName = "gói-nộp-lưu-".repeat(25) + ".zip";
		ProblemAssert.refused(
				this.archive.multipart("/api/v1/receipts",
						Api.parts("file", Part.file(longName, "application/zip", goodSip("2019-n")))),
				400, "fileName", "Dài quá 255", "Longer than 255");
		assertThat(spooled()).isEqualTo(spooledBefore);
		assertThat(receipts()).as("receipts recorded").isEqualTo(receiptsBefore);
	}

	@Test
	void aSipSentAgainWithItsIdempotencyKeyIsReceivedOnce() {
		Map<String, Part> parts = Api.parts("file", Part.file("sip.zip", "application/zip", goodSip("2019-k")));
		int receiptsBefore = receipts();
		Api.Response first = this.archive.multipart("/api/v1/receipts", parts, Map.of("Idempotency-Key", "goi-2019-k"));
		assertThat(first.status()).as(first.toString()).isEqualTo(202);
		Api.Response again = this.archive.multipart("/api/v1/receipts", parts, Map.of("Idempotency-Key", "goi-2019-k"));
		assertThat(again.status()).as(again.toString()).isEqualTo(202);
		assertThat(again.json().path("id").asLong()).as("the first receipt's answer")
			.isEqualTo(first.json().path("id").asLong());
		assertThat(receipts()).as("receipts recorded").isEqualTo(receiptsBefore + 1);
	}

	private int receipts() {
		return this.jdbc.queryForObject("select count(*) from lt_receipt", Integer.class);
	}

	private long spooled() throws IOException {
		if (!Files.isDirectory(this.settings.spoolDir())) {
			return 0;
		}
		try (Stream<Path> entries = Files.list(this.settings.spoolDir())) {
			return entries.count();
		}
	}

	@Test
	void mustErrorsOfTheEarkValidatorAreShownAndRefuseTheSip() {
		byte[] noProfile = SipFixtures.repack(goodSip("2019-c"), (name, bytes) -> {
			if (name.indexOf('/') == name.length() - "/METS.xml".length() && name.endsWith("/METS.xml")) {
				return new String(bytes, StandardCharsets.UTF_8).replaceFirst(" PROFILE=\"[^\"]*\"", "")
					.getBytes(StandardCharsets.UTF_8);
			}
			return bytes;
		});
		long id = received(this.archive, noProfile);
		runSteps();
		JsonNode refused = receipt(this.archive, id);
		assertThat(refused.path("status").asText()).isEqualTo("REJECTED");
		assertThat(messages(refused)).as("errors")
			.isNotEmpty()
			.anySatisfy((m) -> assertThat(m).contains("Bộ kiểm tra E-ARK (commons-ip2)", "MUST requirement"));
	}

	@Test
	void theDepositorFollowsHisReceiptAndNobodyElseReadsOrDecidesIt() {
		Api depositorArchivist = createUser(this.depositorCode, "archivist");
		String otherCode = createAgency("Sở Tài chính tỉnh Sơn La", false).path("code").asText();
		Api otherArchivist = createUser(otherCode, "archivist");
		Api depositorClerk = createUser(this.depositorCode, "clerk");

		Api.Response clerkUpload = upload(depositorClerk, goodSip("2019-d"));
		assertThat(clerkUpload.status()).as(clerkUpload.toString()).isEqualTo(403);

		long id = received(depositorArchivist, goodSip("2019-d"));
		runSteps();
		assertThat(receipt(depositorArchivist, id).path("status").asText()).isEqualTo("VALIDATED");
		assertThat(receipt(this.archive, id).path("status").asText()).isEqualTo("VALIDATED");
		for (Api stranger : List.of(otherArchivist, depositorClerk)) {
			for (String route : List.of("", "/slip.docx")) {
				Api.Response r = stranger.get("/api/v1/receipts/" + id + route);
				Api.Response missing = stranger.get("/api/v1/receipts/999999999" + route);
				assertThat(r.status()).as(r.toString()).isEqualTo(404);
				assertThat(missing.status()).as(missing.toString()).isEqualTo(404);
				assertThat(r.text().replaceAll("\\d[\\d.,]*", "N")).as("another's receipt answers as a missing one")
					.isEqualTo(missing.text().replaceAll("\\d[\\d.,]*", "N"));
			}
		}
		String key = "TIEPNHAN-" + id;
		assertThat(this.engine.count(depositorArchivist, key, TASK)).isZero();
		assertThat(this.engine.count(otherArchivist, key, TASK)).isZero();

		// Another agency's SIP uploaded by this archivist is refused at validation.
		byte[] foreign = SipFixtures.twoFiles(otherCode, "Sở Tài chính tỉnh Sơn La", this.archiveCode, "2019-e");
		long foreignId = received(depositorArchivist, foreign);
		runSteps();
		JsonNode refused = receipt(depositorArchivist, foreignId);
		assertThat(refused.path("status").asText()).isEqualTo("REJECTED");
		assertThat(messages(refused)).anySatisfy((m) -> assertThat(m).contains(otherCode, "not the uploader"));

		// The archive rejects with a reason, which the depositor reads.
		this.engine.complete(this.archive, key, TASK, "decision", "REJECT", "comment",
				"Thiếu văn bản thẩm định quy hoạch");
		runSteps();
		JsonNode rejected = receipt(depositorArchivist, id);
		assertThat(rejected.path("status").asText()).isEqualTo("REJECTED");
		assertThat(rejected.path("reason").asText()).isEqualTo("Thiếu văn bản thẩm định quy hoạch");
		assertThat(rejected.path("registeredFiles")).isEmpty();
	}

}
