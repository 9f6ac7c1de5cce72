import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * What another writer sees while a sweep runs: every audited change locks the head of
 * the audit chain ({@code lt_audit_head}, AuditMapper.xml lockHead). Twice a second this
 * probe takes that lock as a writer would and releases it at once; the longest wait is
 * how long every audited write in the application stalled.
 */
final class SweepAuditProbe implements AutoCloseable {

	private final Thread thread;

	private volatile boolean stop;

	private volatile double maxWaitMs;

	private volatile String error;

	SweepAuditProbe(Args a) {
		this.thread = new Thread(() -> probe(a), "audit-probe");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	private void probe(Args a) {
		try (Connection c = DriverManager.getConnection(a.str("jdbc-url"), a.str("jdbc-user"),
				a.opt("jdbc-password", ""))) {
			try (Statement s = c.createStatement()) {
				s.execute("set session innodb_lock_wait_timeout = 300");
			}
			c.setAutoCommit(false);
			while (!this.stop) {
				long t = System.nanoTime();
				try (Statement s = c.createStatement();
						ResultSet rs = s.executeQuery("select last_event_id from lt_audit_head where id = 1 for update")) {
					rs.next();
				}
				this.maxWaitMs = Math.max(this.maxWaitMs, (System.nanoTime() - t) / 1e6);
				c.rollback();
				Thread.sleep(500);
			}
		}
		catch (Exception ex) {
			this.error = ex.toString();
		}
	}

	double maxWaitMs() {
		return this.maxWaitMs;
	}

	String error() {
		return this.error;
	}

	@Override
	public void close() throws InterruptedException {
		this.stop = true;
		this.thread.join(310_000);
	}

}
