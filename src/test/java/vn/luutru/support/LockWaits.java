package vn.luutru.support;

import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Waits for transactions to block on a row lock, on H2 or on MariaDB. */
public final class LockWaits {

	private LockWaits() {
	}

	/** Waits (at most 20 s) until this many transactions wait for a row lock. */
	public static void await(JdbcTemplate jdbc, int count) throws InterruptedException {
		String product = jdbc.execute((ConnectionCallback<String>) (c) -> c.getMetaData().getDatabaseProductName());
		String sql = "H2".equals(product)
				? "select count(*) from information_schema.sessions where blocker_id is not null"
				: "select count(*) from information_schema.innodb_trx where trx_state = 'LOCK WAIT'";
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (jdbc.queryForObject(sql, Integer.class) < count) {
			assertThat(System.nanoTime()).as("%d transactions waiting for a lock", count).isLessThan(deadline);
			// InnoDB refreshes its transaction table only when it was not read for 0.1 s.
			Thread.sleep(250);
		}
	}

}
