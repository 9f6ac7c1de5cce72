import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Plain JDBC reads of the bench database. */
final class SweepDb implements AutoCloseable {

	private final Connection connection;

	SweepDb(Args a) throws SQLException {
		this.connection = DriverManager.getConnection(a.str("jdbc-url"), a.str("jdbc-user"), a.opt("jdbc-password", ""));
	}

	long count(String sql) throws SQLException {
		try (Statement s = this.connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	int update(String sql) throws SQLException {
		try (Statement s = this.connection.createStatement()) {
			return s.executeUpdate(sql);
		}
	}

	String text(String sql) throws SQLException {
		try (Statement s = this.connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			return rs.next() ? rs.getString(1) : null;
		}
	}

	/** Every row as tab-separated text, with the column names first. */
	String table(String sql) throws SQLException {
		StringBuilder sb = new StringBuilder();
		try (Statement s = this.connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			int n = rs.getMetaData().getColumnCount();
			for (int i = 1; i <= n; i++) {
				sb.append(i > 1 ? "\t" : "").append(rs.getMetaData().getColumnLabel(i));
			}
			sb.append('\n');
			while (rs.next()) {
				for (int i = 1; i <= n; i++) {
					sb.append(i > 1 ? "\t" : "").append(rs.getString(i));
				}
				sb.append('\n');
			}
		}
		return sb.toString();
	}

	@Override
	public void close() throws SQLException {
		this.connection.close();
	}

}
