package vn.luutru.config;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.luutru.support.MariaDb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** On a database of its own: the test database's name + {@code _k2}. */
@Tag("mysql")
@ExtendWith(MariaDb.class)
class FirstInstallMigrationMariaDbTest extends FirstInstallMigrationScenarios {

	static final String TEST_URL = env("LUUTRU_TEST_DB_URL", "jdbc:mysql://127.0.0.1:3306/test");

	static final String SERVER = TEST_URL.substring(0, TEST_URL.indexOf('/', "jdbc:mysql://".length()));

	static final String NAME = TEST_URL.substring(SERVER.length() + 1).replaceAll("[?;].*$", "") + "_k2";

	static final String USER = env("LUUTRU_TEST_DB_USER", "root");

	static final String PASSWORD = env("LUUTRU_TEST_DB_PASSWORD", "");

	@Override
	Flyway freshDatabase() throws SQLException {
		try (Connection c = DriverManager.getConnection(SERVER + "/", USER, PASSWORD);
				Statement s = c.createStatement()) {
			s.execute("drop database if exists " + NAME);
			s.execute("create database " + NAME + " character set utf8mb4 collate utf8mb4_general_ci");
		}
		return Flyway.configure()
			.dataSource(SERVER + "/" + NAME, USER, PASSWORD)
			.locations("classpath:db/migration", "classpath:db/camunda/mysql")
			.load();
	}

	@Override
	String vendor() {
		return "mysql";
	}

	@AfterAll
	static void dropDatabase() throws SQLException {
		try (Connection c = DriverManager.getConnection(SERVER + "/", USER, PASSWORD);
				Statement s = c.createStatement()) {
			s.execute("drop database if exists " + NAME);
		}
	}

	@Test
	void aNodeStartingWhileAnotherCreatesTheSchemaWaitsAndDropsNothing() throws Exception {
		Flyway flyway = freshDatabase();
		// A live node's first creation: marker in place, its lock held by its connection.
		Connection creator = connection(flyway);
		try (Statement s = creator.createStatement()) {
			s.execute("create table " + FirstInstallMigration.MARKER + " (started_at timestamp)");
			s.execute("create table ACT_GE_PROPERTY (NAME_ varchar(64) primary key)");
		}
		MigrationLock.take(creator, Duration.ofSeconds(5));

		FirstInstallMigration impatient = new FirstInstallMigration(new SchemaSettings(Duration.ofSeconds(1)));
		assertThatThrownBy(() -> impatient.migrate(flyway)).hasMessageContaining("luutru.schema.lock-wait");
		assertThat(tables(flyway)).containsExactlyInAnyOrder("LT_FIRST_INSTALL", "ACT_GE_PROPERTY");

		// The creating node dies without releasing its lock: the server frees it with the
		// connection.
		creator.close();
		try (Connection c = connection(flyway); MigrationLock next = MigrationLock.take(c, Duration.ofSeconds(5))) {
			assertThat(tables(flyway)).contains("LT_FIRST_INSTALL");
		}
	}

	@Test
	void installationsSharingOneServerMigrateWithoutWaitingForEachOther() throws Exception {
		Flyway flyway = freshDatabase();
		try (Connection own = connection(flyway);
				MigrationLock held = MigrationLock.take(own, Duration.ofSeconds(5));
				Connection other = DriverManager.getConnection(SERVER + "/", USER, PASSWORD)) {
			// Another installation's database on the same server.
			try (Statement s = other.createStatement()) {
				s.execute("create database if not exists " + NAME + "_other");
			}
			other.setCatalog(NAME + "_other");
			long start = System.nanoTime();
			try (MigrationLock theirs = MigrationLock.take(other, Duration.ofSeconds(5))) {
				assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
			}
			finally {
				try (Statement s = other.createStatement()) {
					s.execute("drop database if exists " + NAME + "_other");
				}
			}
			// The same database still waits, and gives up with the setting's name.
			try (Connection again = connection(flyway)) {
				assertThatThrownBy(() -> MigrationLock.take(again, Duration.ofSeconds(1)))
					.hasMessageContaining("luutru.schema.lock-wait");
			}
		}
	}

	@Test
	void longDatabaseNamesStillGiveALockNameMySqlAccepts() {
		String name = MigrationLock.name("x".repeat(64));
		assertThat(name).hasSizeLessThanOrEqualTo(64).isNotEqualTo(MigrationLock.name("x".repeat(63) + "y"));
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
