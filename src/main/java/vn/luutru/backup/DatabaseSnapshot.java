package vn.luutru.backup;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database part of a set: in one read-only snapshot transaction, the objects the
 * database references and the dump of every table, written into the set.
 */
@Component
class DatabaseSnapshot {

	private final BackupMapper mapper;

	private final DataSource dataSource;

	private final PlatformTransactionManager transactions;

	private final Clock clock;

	DatabaseSnapshot(BackupMapper mapper, DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
		this.mapper = mapper;
		this.dataSource = dataSource;
		this.transactions = transactions;
		this.clock = clock;
	}

	Snapshot take(BackupSetWriter writer) throws SQLException {
		boolean h2;
		try (Connection c = this.dataSource.getConnection()) {
			h2 = new DatabaseSchema(c).h2;
		}
		TransactionTemplate snapshot = new TransactionTemplate(this.transactions);
		snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		snapshot.setReadOnly(true);
		// InnoDB: every read of a REPEATABLE READ transaction sees the snapshot of its
		// first
		// read. H2: SERIALIZABLE reads one snapshot of the whole database.
		snapshot.setIsolationLevel(
				h2 ? TransactionDefinition.ISOLATION_SERIALIZABLE : TransactionDefinition.ISOLATION_REPEATABLE_READ);
		return snapshot.execute((tx) -> {
			Instant takenAt = Instant.now(this.clock);
			List<String> objects = this.mapper.findUsedContent();
			Connection connection = DataSourceUtils.getConnection(this.dataSource);
			try {
				DatabaseSchema schema = new DatabaseSchema(connection);
				List<String> migrations = schema.appliedMigrations();
				Map<String, Long> rows = new LinkedHashMap<>();
				writer.write(BackupManifest.DATABASE, (out) -> {
					try (GZIPOutputStream gz = new GZIPOutputStream(out, 64 * 1024)) {
						rows.putAll(DatabaseDump.write(schema, gz, takenAt));
					}
					catch (SQLException ex) {
						throw new IOException(ex);
					}
				});
				writer.write(BackupManifest.OBJECTS, (out) -> BackupSetWriter.writeLines(out, objects));
				return new Snapshot(takenAt, migrations.isEmpty() ? null : migrations.get(migrations.size() - 1), rows,
						objects);
			}
			catch (SQLException | IOException ex) {
				throw new IllegalStateException("database dump failed: " + ex.getMessage(), ex);
			}
			finally {
				DataSourceUtils.releaseConnection(connection, this.dataSource);
			}
		});
	}

	/** What the snapshot transaction read. */
	record Snapshot(Instant takenAt, String schemaVersion, Map<String, Long> rows, List<String> objects) {

	}

}
