package vn.luutru.backup;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.MigrationVersion;

/**
 * The tables of the connection's database as JDBC describes them, and the vendor's few
 * statements a dump and a load need (quoting, foreign keys off). Plain JDBC over the
 * metadata: what it reads and writes is every table, whatever its columns, so it cannot
 * be written as mapper SQL.
 */
final class DatabaseSchema {

	/**
	 * Flyway's own table: not dumped; the versions it lists go into the dump's header.
	 */
	static final String HISTORY = "flyway_schema_history";

	final Connection connection;

	final boolean h2;

	private final String quote;

	DatabaseSchema(Connection connection) throws SQLException {
		this.connection = connection;
		DatabaseMetaData md = connection.getMetaData();
		this.h2 = md.getDatabaseProductName().toUpperCase(Locale.ROOT).contains("H2");
		this.quote = md.getIdentifierQuoteString().trim();
	}

	/** Flyway's name for the vendor, as in {@code db/camunda/{vendor}}. */
	String vendor() {
		return this.h2 ? "h2" : "mysql";
	}

	String quoted(String name) {
		return this.quote + name + this.quote;
	}

	/** Every base table of the database in name order, Flyway's included. */
	List<String> tables() throws SQLException {
		List<String> tables = new ArrayList<>();
		try (ResultSet rs = this.connection.getMetaData()
			.getTables(this.connection.getCatalog(), this.connection.getSchema(), "%",
					new String[] { "TABLE", "BASE TABLE" })) {
			while (rs.next()) {
				tables.add(rs.getString("TABLE_NAME"));
			}
		}
		tables.sort(String.CASE_INSENSITIVE_ORDER);
		return tables;
	}

	/** The tables a dump holds: every one but Flyway's. */
	List<String> dataTables() throws SQLException {
		return tables().stream().filter((t) -> !t.equalsIgnoreCase(HISTORY)).toList();
	}

	/** The versions Flyway applied, lowest first; empty without its table. */
	List<String> appliedMigrations() throws SQLException {
		String history = tables().stream().filter((t) -> t.equalsIgnoreCase(HISTORY)).findFirst().orElse(null);
		List<String> versions = new ArrayList<>();
		if (history == null) {
			return versions;
		}
		try (Statement s = this.connection.createStatement();
				ResultSet rs = s.executeQuery("select " + quoted("version") + " from " + quoted(history) + " where "
						+ quoted("success") + " = true and " + quoted("version") + " is not null")) {
			while (rs.next()) {
				versions.add(rs.getString(1));
			}
		}
		versions.sort(Comparator.comparing(MigrationVersion::fromVersion));
		return versions;
	}

	/** The auto-increment columns of the table (H2 must be told where to go on). */
	List<String> autoIncrementColumns(String table) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (ResultSet rs = this.connection.getMetaData()
			.getColumns(this.connection.getCatalog(), this.connection.getSchema(), table, "%")) {
			while (rs.next()) {
				if ("YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))) {
					columns.add(rs.getString("COLUMN_NAME"));
				}
			}
		}
		return columns;
	}

	void foreignKeyChecks(boolean on) throws SQLException {
		try (Statement s = this.connection.createStatement()) {
			s.execute(this.h2 ? "set referential_integrity " + on : "set foreign_key_checks = " + (on ? 1 : 0));
		}
	}

}
