package vn.luutru.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Lets one node at a time look at and migrate the schema. On MySQL and MariaDB it is a
 * named server lock held by one connection: the server frees it when that connection
 * ends, a killed node's included. The name holds the database's, so that installations
 * sharing one server (a province's test and production databases) never wait on each
 * other. H2 needs none: its file database opens in one process only.
 */
final class MigrationLock implements AutoCloseable {

	static final String NAME = "luutru_schema_migration";

	/** MySQL refuses lock names longer than this. */
	private static final int MAX_NAME = 64;

	private final Connection connection;

	private final String name;

	private MigrationLock(Connection connection, String name) {
		this.connection = connection;
		this.name = name;
	}

	/** The lock's name for the connection's database. */
	static String name(String database) {
		String name = NAME + ":" + database;
		return (name.length() <= MAX_NAME) ? name : NAME + ":" + Integer.toHexString(database.hashCode()) + ":"
				+ database.substring(0, MAX_NAME - NAME.length() - 11);
	}

	static MigrationLock take(Connection connection, Duration wait) throws SQLException {
		if (!isMySql(connection)) {
			return new MigrationLock(null, null);
		}
		String name = name(String.valueOf(connection.getCatalog()));
		try (PreparedStatement ps = connection.prepareStatement("select get_lock(?, ?)")) {
			ps.setString(1, name);
			ps.setLong(2, Math.max(1, wait.toSeconds()));
			try (ResultSet rs = ps.executeQuery()) {
				if (!rs.next() || rs.getInt(1) != 1) {
					throw new IllegalStateException("Một máy khác đang cập nhật lược đồ cơ sở dữ liệu quá " + wait
							+ " / another node has been migrating the schema for longer than " + wait
							+ " (luutru.schema.lock-wait)");
				}
			}
		}
		return new MigrationLock(connection, name);
	}

	static boolean isMySql(Connection connection) throws SQLException {
		String product = connection.getMetaData().getDatabaseProductName().toLowerCase();
		return product.contains("mysql") || product.contains("mariadb");
	}

	@Override
	public void close() throws SQLException {
		if (this.connection != null) {
			try (PreparedStatement ps = this.connection.prepareStatement("select release_lock(?)")) {
				ps.setString(1, this.name);
				ps.executeQuery().close();
			}
		}
	}

}
