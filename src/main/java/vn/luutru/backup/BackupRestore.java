package vn.luutru.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.luutru.audit.AuditSignatures;
import vn.luutru.content.ContentProperties;
import vn.luutru.content.ContentStore;
import vn.luutru.content.StagedContent;

/**
 * Rebuilds a fresh node from a backup set and the sets it builds on: refuses unless the
 * database has no table and both content locations are empty, unless every manifest is
 * signed with the audit key, and unless every file of every set of the chain matches its
 * manifest; then makes the schema of the set's version with Flyway, loads the dump in one
 * transaction, and places every object the dump references, both copies, each checked
 * against its name. The next start of the node migrates further if the application is
 * newer than the set.
 */
public final class BackupRestore {

	private static final Logger log = LoggerFactory.getLogger(BackupRestore.class);

	private final DataSource dataSource;

	private final ContentProperties content;

	private final AuditSignatures signatures;

	/**
	 * @param signatures the audit key of the node that made the set (given to the new
	 * node before the restore): every manifest's signature is checked with it
	 */
	public BackupRestore(DataSource dataSource, ContentProperties content, AuditSignatures signatures) {
		this.dataSource = dataSource;
		this.content = content;
		this.signatures = signatures;
	}

	/** What a restore did. */
	public record RestoreReport(String setName, int sets, int tables, long rows, long objects, long bytes) {

	}

	public RestoreReport restore(Path set) throws IOException, SQLException {
		BackupChain chain = BackupChain.of(set);
		chain.verify(this.signatures);
		Path newest = chain.sets.get(0);
		BackupManifest manifest = chain.manifests.get(0);
		refuseNonEmptyStore(this.content.root());
		refuseNonEmptyStore(this.content.replicaRoot());
		DatabaseLoad.Header header;
		try (InputStream in = dump(newest)) {
			header = DatabaseLoad.header(in);
		}
		Map<String, Long> rows;
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseSchema schema = new DatabaseSchema(connection);
			List<String> tables = schema.tables();
			if (!tables.isEmpty()) {
				throw new BackupRefusedException(
						"Cơ sở dữ liệu đích không trống (" + tables.size()
								+ " bảng): chỉ phục hồi vào một cơ sở dữ liệu mới, trống",
						"the target database is not empty (" + tables.size()
								+ " tables): restore only into a new, empty database");
			}
			Flyway.configure()
				.dataSource(this.dataSource)
				.locations("classpath:db/migration", "classpath:db/camunda/" + schema.vendor())
				.target(header.schemaVersion())
				.load()
				.migrate();
			List<String> applied = schema.appliedMigrations();
			if (!applied.equals(header.migrations())) {
				throw new BackupRefusedException(
						"Các bước tạo lược đồ của ứng dụng này khác của bộ sao lưu: " + applied + " / "
								+ header.migrations(),
						"this application's migrations differ from the set's: " + applied + " / "
								+ header.migrations());
			}
			connection.setAutoCommit(false);
			try (InputStream in = dump(newest)) {
				rows = DatabaseLoad.load(schema, in);
				connection.commit();
			}
			catch (IOException | SQLException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
		}
		long[] placed = placeObjects(chain, newest);
		long total = rows.values().stream().mapToLong(Long::longValue).sum();
		log.info("Đã phục hồi bộ sao lưu {} / restored the set {}: {} sets, {} tables, {} rows, {} objects",
				manifest.setName(), manifest.setName(), chain.sets.size(), rows.size(), total, placed[0]);
		return new RestoreReport(manifest.setName(), chain.sets.size(), rows.size(), total, placed[0], placed[1]);
	}

	private long[] placeObjects(BackupChain chain, Path newest) throws IOException {
		ContentStore store = ContentStore.onDisk(this.content);
		long objects = 0;
		long bytes = 0;
		try (BufferedReader lines = Files.newBufferedReader(newest.resolve(BackupManifest.OBJECTS),
				StandardCharsets.US_ASCII)) {
			for (String sha256 = lines.readLine(); sha256 != null; sha256 = lines.readLine()) {
				Path file = chain.locate(sha256);
				if (file == null) {
					throw new BackupRefusedException("Không bộ nào của chuỗi sao lưu giữ đối tượng " + sha256,
							"no set of the chain holds the object " + sha256);
				}
				StagedContent staged;
				try (InputStream in = Files.newInputStream(file)) {
					staged = store.stage(in);
				}
				if (!staged.sha256().equals(sha256)) {
					store.discard(staged);
					throw new BackupRefusedException("Đối tượng " + sha256 + " trong bộ sao lưu không khớp mã kiểm tra",
							"the object " + sha256 + " in the set does not match its checksum");
				}
				store.place(staged);
				if (!store.check(sha256).allGood()) {
					throw new IOException("the restored object " + sha256 + " does not match its checksum");
				}
				objects++;
				bytes += staged.size();
			}
		}
		return new long[] { objects, bytes };
	}

	private static InputStream dump(Path set) throws IOException {
		return new GZIPInputStream(Files.newInputStream(set.resolve(BackupManifest.DATABASE)), 64 * 1024);
	}

	private static void refuseNonEmptyStore(Path root) throws IOException {
		if (!Files.isDirectory(root)) {
			return;
		}
		try (Stream<Path> entries = Files.list(root)) {
			if (entries.findAny().isPresent()) {
				throw new BackupRefusedException(
						"Kho nội dung đích " + root + " không trống: chỉ phục hồi vào một kho mới, trống",
						"the target content store " + root + " is not empty: restore only into a new, empty store");
			}
		}
	}

}
