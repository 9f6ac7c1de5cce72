package vn.luutru.batch;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Minutes numbers ("03/BB-SNV") on a real database: one sequence per agency and year, the
 * same number for a batch whenever its minutes are written again, and no number given
 * twice when several nodes write minutes at the same moment.
 */
abstract class MinutesNumberScenarios extends ApiTestSupport {

	@Autowired
	MinutesNumbers numbers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void numbersFollowEachOtherPerAgencyAndABatchKeepsItsNumber() {
		long home = agency("Sở Nội vụ tỉnh Sơn La");
		long other = agency("Sở Tài chính tỉnh Sơn La");
		Batch first = batch(home);
		Batch second = batch(home);
		Batch elsewhere = batch(other);
		assertThat(inTransaction(first)).isEqualTo("01/BB-SNV");
		assertThat(inTransaction(elsewhere)).as("each agency counts its own").isEqualTo("01/BB-STC");
		assertThat(inTransaction(second)).isEqualTo("02/BB-SNV");
		assertThat(inTransaction(first)).as("written again, same number").isEqualTo("01/BB-SNV");
	}

	@Test
	void nodesWritingMinutesAtOnceNeverShareANumber() throws Exception {
		long home = agency("Sở Nội vụ tỉnh Sơn La");
		int nodes = 4;
		List<Batch> batches = new ArrayList<>();
		for (int i = 0; i < nodes; i++) {
			batches.add(batch(home));
		}
		CyclicBarrier together = new CyclicBarrier(nodes);
		ExecutorService pool = Executors.newFixedThreadPool(nodes);
		try {
			List<Future<String>> taken = new ArrayList<>();
			for (Batch b : batches) {
				taken.add(pool.submit(() -> {
					together.await(30, TimeUnit.SECONDS);
					return new TransactionTemplate(this.transactions).execute((status) -> {
						String number = this.numbers.of(b);
						// hold the step open a little, as a step that writes a document
						// does
						sleep();
						return number;
					});
				}));
			}
			List<String> numbers = new ArrayList<>();
			for (Future<String> f : taken) {
				numbers.add(f.get(60, TimeUnit.SECONDS));
			}
			assertThat(numbers).containsExactlyInAnyOrder("01/BB-SNV", "02/BB-SNV", "03/BB-SNV", "04/BB-SNV");
		}
		finally {
			pool.shutdownNow();
		}
	}

	private String inTransaction(Batch batch) {
		return new TransactionTemplate(this.transactions).execute((status) -> this.numbers.of(batch));
	}

	private long agency(String name) {
		JsonNode agency = createAgency(name, false);
		return agency.path("id").asLong();
	}

	/** A batch row of the agency, as a sweep leaves it. */
	private Batch batch(long agencyId) {
		String code = "HUY-T-" + System.nanoTime();
		Instant now = Instant.now();
		this.jdbc.update(
				"insert into lt_batch (kind, code, agency_id, status, file_count, created_at, created_by)"
						+ " values ('DESTRUCTION', ?, ?, 'APPROVED', 0, ?, 'system')",
				code, agencyId, Timestamp.from(now));
		Long id = this.jdbc.queryForObject("select id from lt_batch where code = ?", Long.class, code);
		return new Batch(id, BatchKind.DESTRUCTION, code, agencyId, null, null, BatchStatus.APPROVED, 0, null, null,
				now, "system", null, null, null, null, null, null, null, null, null,
				LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")), null);
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
