package vn.luutru.backup;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;

import vn.luutru.support.ApiTest;

/**
 * On H2. In a JVM of its own (tag {@code isolated}): a backup reads every object the
 * database uses, and other classes of a shared context leave objects rotten on purpose
 * (the fixity tests), which a backup rightly refuses.
 */
@ApiTest
@Tag("isolated")
class BackupRestoreApiTest extends BackupRestoreScenarios {

	@Override
	String freshDatabase(Path work) {
		return "jdbc:h2:file:" + work.resolve("data").resolve("db").resolve("luutru")
				+ ";MODE=MySQL;LOCK_TIMEOUT=10000";
	}

	@Override
	String nodeProfiles() {
		return "test";
	}

	@Override
	String dbUser() {
		return "sa";
	}

	@Override
	String dbPassword() {
		return "";
	}

}
