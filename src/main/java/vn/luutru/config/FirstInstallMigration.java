package vn.luutru.config;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs Flyway's migrations so that a first start killed while it created the schema
 * recovers by itself. MySQL and MariaDB cannot roll DDL back (shared/STACK.md, trap 17):
 * such a kill leaves some tables, indexes and keys of a script and no history row for it,
 * and running the script again fails on what already exists.
 * <p>
 * While a first creation runs, a marker table stands in the schema: created just before
 * the first script, dropped once the last one is recorded, before anything else of the
 * application starts. A start that finds the marker knows that the schema holds only a
 * creation cut short (Flyway only creates into an empty schema): it drops everything with
 * Flyway's clean and creates the schema again. A schema migrated without the marker
 * (every database migrated before it existed, and every later upgrade) is only migrated.
 * <p>
 * Nodes starting together take {@link MigrationLock} first, so that no node cleans a
 * creation that another live node is still running.
 */
@Component
class FirstInstallMigration implements FlywayMigrationStrategy {

	static final String MARKER = "lt_first_install";

	private static final Logger log = LoggerFactory.getLogger(FirstInstallMigration.class);

	private final SchemaSettings settings;

	FirstInstallMigration(SchemaSettings settings) {
		this.settings = settings;
	}

	@Override
	public void migrate(Flyway flyway) {
		try (Connection connection = flyway.getConfiguration().getDataSource().getConnection();
				MigrationLock lock = MigrationLock.take(connection, this.settings.lockWait())) {
			if (markerExists(connection)) {
				log.warn("Lần tạo lược đồ đầu tiên bị ngắt giữa chừng: xóa phần đã tạo và tạo lại / "
						+ "the first schema creation was cut short: dropping what it created and creating it again");
				configured(flyway).cleanDisabled(false).load().clean();
			}
			if (flyway.info().applied().length == 0) {
				Callback[] callbacks = flyway.getConfiguration().getCallbacks();
				callbacks = Arrays.copyOf(callbacks, callbacks.length + 1);
				callbacks[callbacks.length - 1] = new MarkFirstInstall();
				configured(flyway).callbacks(callbacks).load().migrate();
			}
			else {
				flyway.migrate();
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute("drop table if exists " + MARKER);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("schema migration: " + ex.getMessage(), ex);
		}
	}

	private static FluentConfiguration configured(Flyway flyway) {
		return Flyway.configure(flyway.getConfiguration().getClassLoader()).configuration(flyway.getConfiguration());
	}

	private static boolean markerExists(Connection connection) throws SQLException {
		try (ResultSet tables = connection.getMetaData()
			.getTables(connection.getCatalog(), connection.getSchema(), null, new String[] { "TABLE" })) {
			while (tables.next()) {
				if (MARKER.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
					return true;
				}
			}
		}
		return false;
	}

	/** Puts the marker in place before the first script of a first creation runs. */
	private static final class MarkFirstInstall implements Callback {

		@Override
		public boolean supports(Event event, Context context) {
			return event == Event.BEFORE_EACH_MIGRATE;
		}

		@Override
		public boolean canHandleInTransaction(Event event, Context context) {
			return true;
		}

		@Override
		public void handle(Event event, Context context) {
			try (Statement statement = context.getConnection().createStatement()) {
				statement.execute("create table if not exists " + MARKER + " (started_at timestamp)");
			}
			catch (SQLException ex) {
				throw new IllegalStateException("first install marker: " + ex.getMessage(), ex);
			}
		}

		@Override
		public String getCallbackName() {
			return "luutruFirstInstallMarker";
		}

	}

}
