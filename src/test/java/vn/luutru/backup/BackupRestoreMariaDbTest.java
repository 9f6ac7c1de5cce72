package vn.luutru.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import vn.luutru.support.MariaDb;

/**
 * On MariaDB (the server of LUUTRU_TEST_DB_URL; the restored node gets a database of its
 * own beside it, {@code <name>_restored}, dropped and made again by each test). In a JVM
 * of its own (tag {@code isolated}, not {@code mysql}): see {@link BackupRestoreApiTest}.
 */
@Tag("isolated")
@ExtendWith(MariaDb.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "mysql", "mariadb" })
class BackupRestoreMariaDbTest extends BackupRestoreScenarios {

	private static final String URL = env("LUUTRU_TEST_DB_URL", "jdbc:mysql://127.0.0.1:3306/test");

	@Override
	String freshDatabase(Path work) throws Exception {
		int slash = URL.lastIndexOf('/');
		int query = URL.indexOf('?', slash);
		String name = URL.substring(slash + 1, (query < 0) ? URL.length() : query) + "_restored";
		try (Connection c = DriverManager.getConnection(URL, dbUser(), dbPassword());
				Statement s = c.createStatement()) {
			s.execute("drop database if exists `" + name + "`");
			s.execute("create database `" + name + "` character set utf8mb4 collate utf8mb4_general_ci");
		}
		return URL.substring(0, slash + 1) + name + ((query < 0) ? "" : URL.substring(query));
	}

	@Override
	String nodeProfiles() {
		return "test,mysql,mariadb";
	}

	@Override
	String dbUser() {
		return env("LUUTRU_TEST_DB_USER", "root");
	}

	@Override
	String dbPassword() {
		return env("LUUTRU_TEST_DB_PASSWORD", "");
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
