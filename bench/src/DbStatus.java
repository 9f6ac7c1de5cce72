import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * MySQL/MariaDB server counters (SHOW GLOBAL STATUS) around the timed round: how many
 * statements, commits and row-lock waits a captured document costs the database.
 */
final class DbStatus {

	static final String[] COUNTERS = { "Questions", "Com_select", "Com_insert", "Com_update", "Com_delete",
			"Com_commit", "Com_stmt_prepare", "Com_stmt_execute", "Innodb_row_lock_waits", "Innodb_row_lock_time",
			"Innodb_data_fsyncs" };

	private DbStatus() {
	}

	static Map<String, Long> snapshot(Args a) throws SQLException {
		Map<String, Long> values = new HashMap<>();
		try (Connection c = DriverManager.getConnection(a.str("status-url"), a.str("status-user"),
				a.opt("status-password", "")); Statement st = c.createStatement();
				ResultSet rs = st.executeQuery("show global status")) {
			while (rs.next()) {
				values.put(rs.getString(1), parse(rs.getString(2)));
			}
		}
		return values;
	}

	/** Per-document differences, under {@code <prefix><Counter>PerDoc}. */
	static void record(Results out, String prefix, Map<String, Long> before, Map<String, Long> after, int docs) {
		for (String name : COUNTERS) {
			if (before.containsKey(name) && after.containsKey(name)) {
				out.put(prefix + name + "PerDoc", (double) (after.get(name) - before.get(name)) / docs);
			}
		}
	}

	private static long parse(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
