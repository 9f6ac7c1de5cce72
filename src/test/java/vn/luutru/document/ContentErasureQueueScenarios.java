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
import org.springframework.transaction.support.TransactionTemplate;

import vn.luutru.content.ContentStore;
import vn.luutru.content.SamplePdfs;
import vn.luutru.content.StagedContent;
import vn.luutru.support.Api;
import vn.luutru.support.Api.Part;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Content a committed destruction decided on waits in the erasure queue until it is
 * erased: by the step's own commit, or by the next erasure step or start when a node
 * stopped first. A document captured meanwhile with the same bytes keeps them.
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
		String agency = createAgency("Sở Y tế tỉnh Sơn La", false).path("code").asText();
		Api clerk = createUser(agency, "clerk");
		long fileId = clerk
			.post("/api/v1/files",
					Map.of("year", 2026, "fileNotation", "05.VP", "title",
							"Tập công văn trao đổi về phòng chống dịch năm 2026", "maintenanceCode", "06"))
			.json()
			.path("id")
			.asLong();
		byte[] pdf = SamplePdfs.plainPdf("Công văn số 12/SYT-VP về phòng chống dịch", 1);
		String sha = put(pdf);
		queue(sha);

		// An erasure of these bytes holds their queue row, finds no live document (the
		// capture has not committed) and erases them; meanwhile the same bytes are
		// captured into another file.
		CompletableFuture<Api.Response> capture = new TransactionTemplate(this.transactions).execute((tx) -> {
			this.jdbc.queryForList("select content_sha256 from lt_content_erasure where content_sha256 = ? for update",
					sha);
			CompletableFuture<Api.Response> started = CompletableFuture
				.supplyAsync(() -> clerk.multipart("/api/v1/files/" + fileId + "/documents", Api.parts("metadata",
						Part.json(Map.of("typeName", "22", "codeNumber", "12", "codeNotation", "SYT-VP", "issuedDate",
								"2026-03-02", "organName", "Sở Y tế tỉnh Sơn La", "subject", "Về phòng chống dịch",
								"numberOfPage", 1)),
						"content", Part.file("cv-12.pdf", "application/pdf", pdf))));
			try {
				Thread.sleep(1500);
				assertThat(started.isDone()).as("the capture waits for the erasure that holds its bytes").isFalse();
				assertThat(this.store.erase(sha)).isTrue();
				this.jdbc.update("delete from lt_content_erasure where content_sha256 = ?", sha);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			// The erasure commits when this returns; the capture goes on after that.
			return started;
		});
		Api.Response captured = capture.get(30, TimeUnit.SECONDS);
		assertThat(captured.status()).as(captured.toString()).isEqualTo(201);
		long docId = captured.json().path("id").asLong();
		Api.Response content = clerk.get("/api/v1/documents/" + docId + "/content");
		assertThat(content.status()).as("the new document's content").isEqualTo(200);
		assertThat(content.body()).isEqualTo(pdf);
		assertThat(this.store.exists(sha)).isTrue();
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
