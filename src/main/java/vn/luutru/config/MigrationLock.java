package vn.luutru.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Lets one node at a time look at and migrate the schema. On MySQL and MariaDB it is a
 * named server lock held by one connection: the server frees it when that connection
 * ends, a killed node's included. H2 needs none: its file database opens in one process
 * only.
 */
final class MigrationLock implements AutoCloseable {

	static final String NAME = "luutru_schema_migration";

	private final Connection connection;

	private MigrationLock(Connection connection) {
		this.connection = connection;
	}

	static MigrationLock take(Connection connection, Duration wait) throws SQLException {
		if (!isMySql(connection)) {
			return new MigrationLock(null);
		}
		try (PreparedStatement ps = connection.prepareStatement("select get_lock(?, ?)")) {
			ps.setString(1, NAME);
			ps.setLong(2, Math.max(1, wait.toSeconds()));
			try (ResultSet rs = ps.executeQuery()) {
				if (!rs.next() || rs.getInt(1) != 1) {
					throw new IllegalStateException("Một máy khác đang cập nhật lược đồ cơ sở dữ liệu quá " + wait
							+ " / another node has been migrating the schema for longer than " + wait
							+ " (luutru.schema.lock-wait)");
				}
			}
		}
		return new MigrationLock(connection);
	}

	static boolean isMySql(Connection connection) throws SQLException {
		String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
		return product.contains("mysql") || product.contains("mariadb");
	}

	@Override
	public void close() throws SQLException {
		if (this.connection != null) {
			try (PreparedStatement ps = this.connection.prepareStatement("select release_lock(?)")) {
				ps.setString(1, NAME);
				ps.executeQuery().close();
			}
		}
	}

}
