package vn.luutru.document;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.luutru.content.ContentStore;
import vn.luutru.content.StagedContent;
import vn.luutru.support.ApiTest;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Content a committed destruction decided on, left in the erasure queue by a node that
 * stopped before erasing it, is erased by the next erasure step or start.
 */
@ApiTest
class ContentErasureQueueApiTest extends ApiTestSupport {

	@Autowired
	DocumentQueries documents;

	@Autowired
	ContentStore store;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void queuedContentIsErasedAndTheQueueEmptied() throws Exception {
		String sha = put("Nội dung văn bản đã có quyết định hủy, nút dừng trước khi xóa");
		this.jdbc.update("insert into lt_content_erasure (content_sha256, queued_at) values (?, current_timestamp)",
				sha);

		this.documents.eraseQueued();

		assertThat(this.store.exists(sha)).isFalse();
		assertThat(this.jdbc.queryForObject("select count(*) from lt_content_erasure", Integer.class)).isZero();
	}

	private String put(String text) throws Exception {
		StagedContent staged = this.store.stage(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
		this.store.commit(staged);
		assertThat(this.store.exists(staged.sha256())).isTrue();
		return staged.sha256();
	}

}
