package vn.luutru.config;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;

class FirstInstallMigrationH2Test extends FirstInstallMigrationScenarios {

	private final List<Flyway> databases = new ArrayList<>();

	@Override
	Flyway freshDatabase() {
		Flyway flyway = Flyway.configure()
			.dataSource("jdbc:h2:mem:first-install-" + UUID.randomUUID() + ";MODE=MySQL;DB_CLOSE_DELAY=-1", "sa", "")
			.locations("classpath:db/migration", "classpath:db/camunda/h2")
			.load();
		this.databases.add(flyway);
		return flyway;
	}

	@Override
	String vendor() {
		return "h2";
	}

	@AfterEach
	void shutDown() throws Exception {
		for (Flyway flyway : this.databases) {
			try (Connection c = connection(flyway); Statement s = c.createStatement()) {
				s.execute("shutdown");
			}
		}
	}

}
