package vn.luutru.document;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

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
 * Content a committed destruction decided on waits in the erasure queue until it is
 * erased: by the step's own commit, or by the next erasure step or start when a node
 * stopped first. Bytes something still uses are never erased: a document captured
 * meanwhile with the same bytes, or a batch's list kept with them; nor are they removed
 * when another capture of them fails.
 */
abstract class ContentErasureQueueScenarios extends ApiTestSupport {

	@Autowired
	DocumentQueries documents;

	@Autowired
	ContentStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void queuedContentIsErasedAndTheQueueEmptied() throws Exception {
		String sha = put(
				"Nội dung văn bản đã có quyết định hủy, nút dừng trước khi xóa".getBytes(StandardCharsets.UTF_8));
		queue(sha);

		this.documents.eraseQueued();

		assertThat(this.store.exists(sha)).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from lt_content_erasure", Integer.class)).isZero();
	}

	@Test
	void bytesCapturedAgainWhileTheirErasureRunsAreKept() throws Exception {
		Api clerk = clerkOf("Sở Y tế tỉnh Sơn La");
		long fileId = ClerkWork.openFile(clerk, "05.VP", "Tập công văn trao đổi về phòng chống dịch năm 2026");
		byte[] pdf = SamplePdfs.plainPdf("Công văn số 12/SYT-VP về phòng chống dịch", 1);
		// Captured before into a file that is being destroyed.
		String sha = put(pdf);
		this.jdbc.update("insert into lt_content (content_sha256) values (?)", sha);

		// The same bytes are captured into another file; the capture stops just before
		// its
		// commit, waiting for the audit chain's head, which a destruction step holds.
		CompletableFuture<Api.Response> capture;
		CompletableFuture<Void> erasure;
		TransactionStatus destruction = this.transactions.getTransaction(new DefaultTransactionDefinition());
		try {
			this.jdbc.queryForList("select last_hash from lt_audit_head where id = 1 for update");
			capture = CompletableFuture.supplyAsync(() -> capture(clerk, fileId, "12", "SYT-VP", pdf));
			awaitLockWaits(1);
			// The destruction decided to erase the bytes (no live document: the capture
			// has not committed) and committed; their erasure starts.
			TransactionTemplate decided = new TransactionTemplate(this.transactions);
			decided.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
			decided.executeWithoutResult((tx) -> queue(sha));
			erasure = CompletableFuture.runAsync(this.documents::eraseQueued);
			awaitLockWaits(2);
		}
		finally {
			this.transactions.commit(destruction);
		}
		Api.Response captured = capture.get(30, TimeUnit.SECONDS);
		erasure.get(30, TimeUnit.SECONDS);
		assertThat(captured.status()).as(captured.toString()).isEqualTo(201);
		long docId = captured.json().path("id").asLong();
		Api.Response content = clerk.get("/api/v1/documents/" + docId + "/content");
		assertThat(content.status()).as("the new document's content").isEqualTo(200);
		assertThat(content.body()).isEqualTo(pdf);
		assertThat(this.jdbc.queryForObject("select count(*) from lt_content_erasure", Integer.class))
			.as("the erasure ran and kept the bytes")
			.isZero();
	}

	@Test
	void aFailedCaptureRemovesItsBytesUnlessCapturedAgainMeanwhile() throws Exception {
		Api clerk = clerkOf("Sở Giáo dục và Đào tạo tỉnh Sơn La");
		long fileId = ClerkWork.openFile(clerk, "07.VP", "Tập công văn về kỳ thi tốt nghiệp năm 2026");
		// Placed by a capture that then rolled back; meanwhile the same bytes were
		// captured again, and committed.
		byte[] kept = SamplePdfs.plainPdf("Công văn số 31/SGDĐT-VP về kỳ thi tốt nghiệp", 1);
		String keptSha = put(kept);
		Api.Response again = capture(clerk, fileId, "31", "SGDĐT-VP", kept);
		assertThat(again.status()).as(again.toString()).isEqualTo(201);
		String lostSha = put(
				"Nội dung của lần đưa vào bị hủy / content of a failed capture".getBytes(StandardCharsets.UTF_8));

		this.documents.discardIfUnused(keptSha);
		this.documents.discardIfUnused(lostSha);

		assertThat(this.store.exists(keptSha)).as("used by the document captured again").isTrue();
		assertThat(clerk.get("/api/v1/documents/" + again.json().path("id").asLong() + "/content").body())
			.isEqualTo(kept);
		assertThat(this.store.exists(lostSha)).as("used by nothing").isFalse();
	}

	@Test
	void bytesABatchKeepsAsItsListAreNotErased() throws Exception {
		long agencyId = createAgency("Sở Tư pháp tỉnh Sơn La", false).path("id").asLong();
		String sha = put("Mục lục hồ sơ nộp lưu, tải về và đưa vào một hồ sơ".getBytes(StandardCharsets.UTF_8));
		this.jdbc.update(
				"insert into lt_batch (kind, code, agency_id, status, created_at, created_by, list_sha256) "
						+ "values ('TRANSFER', ?, ?, 'AWAITING_APPROVAL', current_timestamp, 'test', ?)",
				"NL-TEST-" + sha.substring(0, 8), agencyId, sha);
		queue(sha);

		this.documents.eraseQueued();

		assertThat(this.store.exists(sha)).as("the batch's list").isTrue();
		assertThat(this.jdbc.queryForObject("select count(*) from lt_content_erasure where content_sha256 = ?",
				Integer.class, sha))
			.isZero();
	}

	@Test
	void bytesAMonthlyReportOrACouncilListKeepsAreNotErased() throws Exception {
		long agencyId = createAgency("Sở Y tế tỉnh Sơn La", false).path("id").asLong();
		String report = put("Báo cáo tháng, cũng được đưa vào một hồ sơ".getBytes(StandardCharsets.UTF_8));
		this.jdbc.update(
				"insert into lt_monthly_report (report_month, kind, content_sha256, content_size, "
						+ "generated_at) values (?, 'DEADLINES', ?, 1, current_timestamp)",
				KeptReports.month(1900, report), report);
		String councilList = put("Danh mục hội đồng đã xem xét".getBytes(StandardCharsets.UTF_8));
		this.jdbc.update(
				"insert into lt_batch (kind, code, agency_id, status, created_at, created_by, council_list_sha256) "
						+ "values ('DESTRUCTION', ?, ?, 'AWAITING_APPROVAL', current_timestamp, 'test', ?)",
				"H-TEST-" + councilList.substring(0, 8), agencyId, councilList);
		queue(report);
		queue(councilList);

		this.documents.eraseQueued();

		assertThat(this.store.exists(report)).as("the monthly report").isTrue();
		assertThat(this.store.exists(councilList)).as("the list the council reviewed").isTrue();
	}

	/** Waits until this many transactions wait for a row lock (H2 or MariaDB). */
	private void awaitLockWaits(int count) throws InterruptedException {
		LockWaits.await(this.jdbc, count);
	}

	private Api clerkOf(String agencyName) {
		return createUser(createAgency(agencyName, false).path("code").asText(), "clerk");
	}

	private static Api.Response capture(Api clerk, long fileId, String number, String notation, byte[] pdf) {
		return clerk.multipart("/api/v1/files/" + fileId + "/documents",
				Api.parts("metadata",
						Part.json(Map.of("typeName", "22", "codeNumber", number, "codeNotation", notation, "issuedDate",
								"2026-03-02", "organName", "Sở Nội vụ tỉnh Sơn La", "subject",
								"Công văn số " + number + "/" + notation, "numberOfPage", 1)),
						"content", Part.file("cv-" + number + ".pdf", "application/pdf", pdf)));
	}

	private void queue(String sha) {
		this.jdbc.update("insert into lt_content_erasure (content_sha256, queued_at) values (?, current_timestamp)",
				sha);
	}

	private String put(byte[] bytes) throws Exception {
		StagedContent staged = this.store.stage(new ByteArrayInputStream(bytes));
		this.store.commit(staged);
		assertThat(this.store.exists(staged.sha256())).isTrue();
		return staged.sha256();
	}

}
