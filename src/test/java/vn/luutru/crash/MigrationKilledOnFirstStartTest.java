package vn.luutru.crash;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.util.FileSystemUtils;

import vn.luutru.crash.EngineKilledMidStepTest.Crash;
import vn.luutru.support.Api;
import vn.luutru.support.MariaDb;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10: a node killed (SIGKILL) while its first start creates the schema on MariaDB
 * left half-created tables, and every later start failed. Here the first start is killed
 * three times on a fresh database, each time at another point of the creation: among the
 * first engine tables, inside Camunda's history script, inside LuuTru's own scripts. The
 * fourth start must come up by itself with the schema (tables, columns, indexes, keys,
 * migration history) and reference data of an uninterrupted migration, and answer.
 * <p>
 * The nodes are child JVMs ({@link Node}) on databases of their own: the test database's
 * name + {@code _k1} (killed starts), + {@code _k0} (the uninterrupted migration).
 */
@Tag("mysql")
@ExtendWith(MariaDb.class)
class MigrationKilledOnFirstStartTest {

	static final Path WORK = Path.of("target", "migration-killed").toAbsolutePath();

	static final List<Crash> databases = new ArrayList<>();

	/** A moment of the first schema creation at which a node is killed. */
	record KillPoint(String name, Predicate<Progress> reached, Predicate<Progress> inside) {
	}

	static final List<KillPoint> KILL_POINTS = List.of(
			new KillPoint("among the first engine tables (V1_1)", (p) -> p.engineTables() >= 12,
					(p) -> p.applied().isEmpty()),
			new KillPoint("inside Camunda's history script (V1_2)",
					(p) -> p.applied().contains("1.1") && p.historyTables() >= 5, (p) -> !p.applied().contains("1.2")),
			new KillPoint("inside LuuTru's scripts (V2 to V4)",
					(p) -> p.applied().contains("1.7") && p.luutruTables() >= 1 && !p.applied().contains("4"),
					(p) -> p.luutruTables() >= 1 && !p.applied().contains("4")));

	@AfterAll
	static void dropDatabases() throws Exception {
		for (Crash db : databases) {
			db.drop();
		}
		FileSystemUtils.deleteRecursively(WORK);
	}

	static Crash fresh(String suffix) throws SQLException {
		Crash db = Crash.database(suffix);
		databases.add(db);
		return db;
	}

	@Test
	void startsKilledDuringTheFirstSchemaCreationAreRecoveredByTheNextStart() throws Exception {
		FileSystemUtils.deleteRecursively(WORK);
		Files.createDirectories(WORK);
		Crash control = fresh("_k0");
		Flyway.configure()
			.dataSource(control.url(), control.user(), control.password())
			.locations("classpath:db/migration", "classpath:db/camunda/mysql")
			.load()
			.migrate();
		Map<String, List<String>> expected = new Schemas(control).schema();
		Crash db = fresh("_k1");
		Schemas schemas = new Schemas(db);

		int start = 0;
		for (KillPoint point : KILL_POINTS) {
			start++;
			Node node = Node.launch("start-" + start, WORK, db.url(), db.user(), db.password(), 60_000);
			try {
				Progress reached = schemas.awaitProgress(point.reached(), node);
				node.kill();
				Progress left = schemas.progress();
				System.out.printf("[migration] start %d killed %s: %s, then %s%n", start, point.name(), reached, left);
				assertThat(point.inside().test(left)).as("start %d killed %s; left %s", start, point.name(), left)
					.isTrue();
			}
			finally {
				node.close();
			}
		}

		try (Node node = Node.start("start-" + (start + 1), WORK, db.url(), db.user(), db.password(), 60_000)) {
			assertThat(schemas.schema()).as("schema after three killed starts and a fourth one")
				.containsExactlyEntriesOf(expected);
			Api admin = node.as("admin", "admin-test-pw");
			assertThat(admin.get("/api/v1/agencies").status()).isEqualTo(200);
			assertThat(admin.post("/api/v1/agencies",
					Map.of("code", "002.00.16.T09", "fondsCode", "P009", "name", "Sở Tư pháp tỉnh Sơn La",
							"historicalArchive", false, "transferSource", true))
				.status()).as("an agency created on the recovered schema").isEqualTo(201);
			assertThat(Files.readString(node.log)).as("the fourth start's log")
				.contains("the first schema creation was cut short");
		}
	}

	/**
	 * How far a schema creation got, as another node sees it (LuuTru's tables without the
	 * marker of a first creation).
	 */
	record Progress(long engineTables, long historyTables, long luutruTables, List<String> applied) {
	}

	/** What another node sees of a schema creation, over plain JDBC. */
	record Schemas(Crash db) {

		Progress awaitProgress(Predicate<Progress> reached, Node node) throws Exception {
			long deadline = System.nanoTime() + Node.START.toNanos();
			try (Connection c = DriverManager.getConnection(this.db.url(), this.db.user(), this.db.password())) {
				while (System.nanoTime() < deadline) {
					Progress progress = progress(c);
					if (reached.test(progress)) {
						return progress;
					}
					if (!node.alive()) {
						throw new AssertionError(node.name + " ended before the kill point\n" + node.tail(60));
					}
					Thread.sleep(10);
				}
			}
			throw new AssertionError(node.name + " never reached the kill point\n" + node.tail(60));
		}

		Progress progress() throws SQLException {
			try (Connection c = DriverManager.getConnection(this.db.url(), this.db.user(), this.db.password())) {
				return progress(c);
			}
		}

		private Progress progress(Connection c) throws SQLException {
			List<String> tables = column(c, "select table_name from information_schema.tables where table_schema = ?",
					this.db.name());
			List<String> applied = List.of();
			try {
				applied = column(c, "select version from flyway_schema_history where success = 1");
			}
			catch (SQLException ex) {
				// No history table yet, or a recovery has just dropped it: nothing
				// applied.
				if (ex.getErrorCode() != 1146) {
					throw ex;
				}
			}
			return new Progress(tables.stream().filter((t) -> t.startsWith("ACT_")).count(),
					tables.stream().filter((t) -> t.startsWith("ACT_HI_")).count(),
					tables.stream().filter((t) -> t.startsWith("lt_") && !t.equals("lt_first_install")).count(),
					applied);
		}

		/**
		 * What an uninterrupted migration decides: tables, columns, indexes, keys, the
		 * migration history and the rows the scripts insert into LuuTru's tables.
		 */
		Map<String, List<String>> schema() throws SQLException {
			String in = " where table_schema = ? order by 1";
			try (Connection c = DriverManager.getConnection(this.db.url(), this.db.user(), this.db.password())) {
				Map<String, List<String>> schema = new LinkedHashMap<>();
				schema.put("tables", column(c, "select concat_ws(' ', table_name, engine, table_collation) "
						+ "from information_schema.tables" + in, this.db.name()));
				schema.put("columns",
						column(c, "select concat_ws(' ', table_name, column_name, ordinal_position, column_type, "
								+ "is_nullable, ifnull(column_default, '-'), ifnull(collation_name, '-'), extra) "
								+ "from information_schema.columns" + in, this.db.name()));
				schema.put("indexes",
						column(c,
								"select concat_ws(' ', table_name, index_name, non_unique, "
										+ "seq_in_index, column_name) from information_schema.statistics" + in,
								this.db.name()));
				schema.put("constraints",
						column(c,
								"select concat_ws(' ', table_name, constraint_name, "
										+ "constraint_type) from information_schema.table_constraints" + in,
								this.db.name()));
				schema.put("history", column(c, "select concat_ws(' ', version, description, type, script, "
						+ "checksum, success) from flyway_schema_history order by installed_rank"));
				List<String> rows = new ArrayList<>();
				for (String table : column(c, "select table_name from information_schema.tables where table_schema = ? "
						+ "and table_name in ('lt_retention_rule', 'lt_kpi_target', 'lt_sweep_lock', 'lt_audit_head') "
						+ "order by 1", this.db.name())) {
					rows.add(table + " " + column(c, "select count(*) from " + table));
				}
				schema.put("reference rows", rows);
				return schema;
			}
		}

		/** The first column of a query's rows. */
		private static List<String> column(Connection c, String sql, Object... parameters) throws SQLException {
			List<String> values = new ArrayList<>();
			try (PreparedStatement ps = c.prepareStatement(sql)) {
				for (int i = 0; i < parameters.length; i++) {
					ps.setObject(i + 1, parameters[i]);
				}
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						values.add(rs.getString(1));
					}
				}
			}
			return values;
		}

	}

}
