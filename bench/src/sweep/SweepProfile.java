import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Where the sweep's time goes: replays its statements for the first agency (both
 * actions) over plain JDBC, in one transaction that is rolled back, and times each one.
 * The statements are those of the sweep (RecordFileMapper.xml findDueGroups, BatchMapper.xml
 * insert and insertDueItems) and of a batch's list step (RecordFileMapper.xml claimForBatch,
 * BatchMapper.xml findUnclaimedItems), run here one after the other.
 */
final class SweepProfile {

	private SweepProfile() {
	}

	static void run(Args a) throws Exception {
		Results results = new Results(a.path("results"));
		String today = results.strOrDash("seed.asOf");
		String horizon = results.strOrDash("seed.transferHorizon");
		try (Connection c = DriverManager.getConnection(a.str("jdbc-url"), a.str("jdbc-user"),
				a.opt("jdbc-password", ""))) {
			c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
			c.setAutoCommit(false);
			long t = System.nanoTime();
			int groups = 0;
			try (Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("select a.id as agency_id, 'TRANSFER' as action from lt_agency a where exists (select 1 "
									+ "from lt_record_file f where f.agency_id = a.id and f.status = 'DEPOSITED' and f.due_action = "
									+ "'TRANSFER' and f.due_on <= " + "'" + horizon + "'" + " and f.on_hold = false and f.batch_id is null) union all "
									+ "select a.id, 'DESTRUCTION_REVIEW' from lt_agency a where exists (select 1 from lt_record_file f "
									+ "where f.agency_id = a.id and f.status = 'DEPOSITED' and f.due_action = 'DESTRUCTION_REVIEW' "
									+ "and f.due_on <= " + "'" + today + "'" + " and f.on_hold = false and f.batch_id is null) "
									+ "order by agency_id, action")) {
				while (rs.next()) {
					groups++;
				}
			}
			report(results, "findDueGroups", t, groups);
			long agency;
			try (Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("select min(id) from lt_agency where historical_archive = false")) {
				rs.next();
				agency = rs.getLong(1);
			}
			for (String[] g : new String[][] { { "DESTRUCTION_REVIEW", "UNDER_DESTRUCTION_REVIEW", today, "DESTRUCTION" },
					{ "TRANSFER", "TRANSFER_PENDING", horizon, "TRANSFER" } }) {
				long batch;
				try (PreparedStatement ps = c.prepareStatement("insert into lt_batch (kind, code, agency_id, status, "
						+ "created_at, created_by) values (?, ?, ?, 'LISTED', current_timestamp(3), 'profile')",
						Statement.RETURN_GENERATED_KEYS)) {
					ps.setString(1, g[3]);
					ps.setString(2, "PROFILE-" + g[3]);
					ps.setLong(3, agency);
					ps.executeUpdate();
					try (ResultSet keys = ps.getGeneratedKeys()) {
						keys.next();
						batch = keys.getLong(1);
					}
				}
				String label = g[0].equals("TRANSFER") ? "transfer" : "destruction";
				// The sweep: the group's items, read from the index.
				t = System.nanoTime();
				int rows = update(c, "insert into lt_batch_item (batch_id, file_id, status, reason) select " + batch
						+ ", f.id, 'INCLUDED', null from lt_record_file f where f.agency_id = " + agency
						+ " and f.status = 'DEPOSITED' and f.due_action = '" + g[0] + "' and f.due_on <= '" + g[2]
						+ "' and f.on_hold = false and f.batch_id is null order by f.id");
				report(results, "insertDueItems." + label, t, rows);
				// The batch's list step: the claim of its files, then the items it did not take.
				t = System.nanoTime();
				rows = update(c, "update lt_record_file set status = '" + g[1] + "', batch_id = " + batch
						+ " where agency_id = " + agency + " and status = 'DEPOSITED' and due_action = '" + g[0]
						+ "' and due_on <= '" + g[2] + "' and on_hold = false and batch_id is null and id in "
						+ "(select i.file_id from lt_batch_item i where i.batch_id = " + batch
						+ " and i.status = 'INCLUDED')");
				report(results, "claimForBatch." + label, t, rows);
				t = System.nanoTime();
				rows = 0;
				try (Statement s = c.createStatement();
						ResultSet rs = s.executeQuery("select i.file_id, f.on_hold from lt_batch_item i "
								+ "join lt_record_file f on f.id = i.file_id where i.batch_id = " + batch
								+ " and i.status = 'INCLUDED' and (f.batch_id is null or f.batch_id <> " + batch
								+ ") order by i.file_id")) {
					while (rs.next()) {
						rows++;
					}
				}
				report(results, "findUnclaimedItems." + label, t, rows);
			}
			t = System.nanoTime();
			c.rollback();
			report(results, "rollback", t, 0);
		}
		results.save();
	}

	private static int update(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement()) {
			return s.executeUpdate(sql);
		}
	}

	private static void report(Results results, String what, long started, int rows) {
		double ms = (System.nanoTime() - started) / 1e6;
		results.put("profile." + what + ".ms", ms);
		results.put("profile." + what + ".rows", rows);
		System.out.printf(Locale.ROOT, "[profile] %-32s %9.0f ms %,9d rows%n", what, ms, rows);
	}

}
