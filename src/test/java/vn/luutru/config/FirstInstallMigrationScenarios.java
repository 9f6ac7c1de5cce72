package vn.luutru.config;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first schema creation cut short is dropped and made again; a schema that finished its
 * creation is only ever migrated, never dropped. The schemas here stand as a killed node
 * leaves them (process-level kills: crash/MigrationKilledOnFirstStartTest).
 */
abstract class FirstInstallMigrationScenarios {

	final FirstInstallMigration migration = new FirstInstallMigration(new SchemaSettings(Duration.ofSeconds(5)));

	/** Flyway as the application configures it, on a new empty database. */
	abstract Flyway freshDatabase() throws Exception;

	/** Camunda's scripts for this database: h2 or mysql. */
	abstract String vendor();

	@Test
	void aFirstCreationCutShortInsideAScriptIsDroppedAndMadeAgain() throws Exception {
		Flyway flyway = freshDatabase();
		// A first creation gone as far as Camunda's first script, then the marker as the
		// callback puts it (Flyway creates only into an empty schema, so the marker
		// follows).
		Flyway.configure().configuration(flyway.getConfiguration()).target("1.1").load().migrate();
		try (Connection c = connection(flyway); Statement s = c.createStatement()) {
			s.execute("create table " + FirstInstallMigration.MARKER + " (started_at timestamp)");
			// The node died after the first two tables of Camunda's history script.
			for (String statement : statements("db/camunda/" + vendor() + "/V1_2__camunda_history.sql", 2)) {
				s.execute(statement);
			}
		}
		assertThat(tables(flyway)).contains("ACT_HI_PROCINST", "ACT_HI_ACTINST").doesNotContain("ACT_HI_TASKINST");

		this.migration.migrate(flyway);

		assertFullyMigrated(flyway);
		assertThat(tables(flyway)).contains("ACT_HI_PROCINST", "ACT_HI_TASKINST", "LT_RETENTION_RULE");
	}

	@Test
	void aSchemaMigratedBeforeTheMarkerExistedKeepsItsRowsAndIsOnlyMigrated() throws Exception {
		Flyway flyway = freshDatabase();
		// As a database migrated at an earlier version: no marker, one migration pending.
		Flyway.configure().configuration(flyway.getConfiguration()).target("35").load().migrate();
		long rules;
		try (Connection c = connection(flyway); Statement s = c.createStatement()) {
			rules = count(s, "select count(*) from lt_retention_rule");
			s.executeUpdate("update lt_retention_rule set title = 'giữ nguyên / kept'");
		}
		assertThat(rules).isPositive();

		this.migration.migrate(flyway);

		assertFullyMigrated(flyway);
		try (Connection c = connection(flyway); Statement s = c.createStatement()) {
			assertThat(count(s, "select count(*) from lt_retention_rule where title = 'giữ nguyên / kept'"))
				.isEqualTo(rules);
		}
	}

	void assertFullyMigrated(Flyway flyway) throws SQLException {
		MigrationInfo[] applied = flyway.info().applied();
		assertThat(flyway.info().pending()).as("pending migrations").isEmpty();
		assertThat(Arrays.stream(applied).filter((m) -> !m.getState().isApplied() || m.getState().isFailed()))
			.as("failed migrations")
			.isEmpty();
		assertThat(Arrays.stream(applied).map(MigrationInfo::getScript)).as("each script applied once")
			.doesNotHaveDuplicates()
			.hasSize(flyway.info().all().length);
		assertThat(tables(flyway)).doesNotContain(FirstInstallMigration.MARKER.toUpperCase());
	}

	static Connection connection(Flyway flyway) throws SQLException {
		return flyway.getConfiguration().getDataSource().getConnection();
	}

	/** The schema's tables, upper case. */
	static List<String> tables(Flyway flyway) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Connection c = connection(flyway);
				ResultSet rs = c.getMetaData()
					.getTables(c.getCatalog(), c.getSchema(), null, new String[] { "TABLE" })) {
			while (rs.next()) {
				tables.add(rs.getString("TABLE_NAME").toUpperCase());
			}
		}
		return tables;
	}

	static long count(Statement s, String sql) throws SQLException {
		try (ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** The first statements of a script, as a node killed after them ran them. */
	static List<String> statements(String script, int count) throws Exception {
		String text = new ClassPathResource(script).getContentAsString(StandardCharsets.UTF_8);
		List<String> statements = new ArrayList<>();
		for (String statement : text.replaceAll("(?m)^\\s*--.*$", "").split(";")) {
			if (!statement.isBlank() && statements.size() < count) {
				statements.add(statement.strip());
			}
		}
		return statements;
	}

}
