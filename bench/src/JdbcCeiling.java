import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ceiling: the least work a capture can do on this machine and database. The same
 * documents, the same number of client threads; per document its bytes hashed, written
 * and forced to disk, then one transaction inserting a document row and an audit row into
 * scratch tables shaped like {@code lt_document} and {@code lt_audit_event}.
 */
final class JdbcCeiling {

	private static final String[] DDL = { "drop table if exists bench_ceiling_document",
			"drop table if exists bench_ceiling_audit",
			"create table bench_ceiling_document (id bigint auto_increment primary key, file_id bigint not null, "
					+ "position int not null, doc_code varchar(120) not null, type_name varchar(2) not null, "
					+ "code_number varchar(11), code_notation varchar(30), issued_date date not null, "
					+ "organ_name varchar(200) not null, subject varchar(500) not null, language varchar(100) not null, "
					+ "page_count int not null, sheet_count int not null, access_mode varchar(2) not null, "
					+ "confidence_level varchar(2) not null, schema_version varchar(20) not null, "
					+ "content_sha256 char(64) not null, content_size bigint not null, media_type varchar(100) not null, "
					+ "original_name varchar(255) not null, pdfa_status varchar(20) not null, "
					+ "captured_by varchar(64) not null, captured_at datetime(3) not null, "
					+ "constraint uk_bench_doc_code unique (doc_code), "
					+ "constraint uk_bench_doc_position unique (file_id, position)"
					+ ") engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci",
			"create index idx_bench_doc_sha on bench_ceiling_document (content_sha256)",
			"create table bench_ceiling_audit (id bigint auto_increment primary key, occurred_at datetime(3) not null, "
					+ "actor varchar(64) not null, action varchar(50) not null, entity_type varchar(30) not null, "
					+ "entity_id varchar(120) not null, agency_id bigint, details varchar(4000), "
					+ "prev_hash char(64) not null, hash char(64) not null"
					+ ") engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci",
			"create index idx_bench_audit_entity on bench_ceiling_audit (entity_type, entity_id)" };

	private static final String INSERT_DOC = "insert into bench_ceiling_document (file_id, position, doc_code, "
			+ "type_name, code_number, code_notation, issued_date, organ_name, subject, language, page_count, "
			+ "sheet_count, access_mode, confidence_level, schema_version, content_sha256, content_size, media_type, "
			+ "original_name, pdfa_status, captured_by, captured_at) "
			+ "values (?, ?, ?, '22', ?, 'SNV-VP', ?, ?, ?, '01', 1, 1, '01', '01', 'TT05/2025', ?, ?, "
			+ "'application/pdf', ?, 'NOT_PDFA', 'bench.clerk', ?)";

	private static final String INSERT_AUDIT = "insert into bench_ceiling_audit (occurred_at, actor, action, "
			+ "entity_type, entity_id, agency_id, details, prev_hash, hash) "
			+ "values (?, 'bench.clerk', 'DOCUMENT_CAPTURED', 'document', ?, 1, ?, ?, ?)";

	private JdbcCeiling() {
	}

	static void run(Args a) throws Exception {
		String label = a.str("label");
		int docs = a.num("docs");
		int warmup = a.num("warmup");
		int clients = a.num("clients");
		int size = a.num("size-kb") * 1024;
		Path dir = Files.createDirectories(a.path("dir"));
		try (Connection c = connect(a); Statement st = c.createStatement()) {
			for (String sql : DDL) {
				st.execute(sql);
			}
			c.commit();
		}
		ApiUpload.Round w = round(a, dir, 0, warmup, size, clients);
		System.out.printf("[%s] ceiling warm-up: %d documents in %.1f s%n", label, warmup, w.seconds());
		long dbCpu0 = a.has("db-pid") ? HeapWatch.cpuMs(a.num("db-pid")) : -1;
		long self0 = HeapWatch.cpuMs(ProcessHandle.current().pid());
		long[] machine0 = HeapWatch.machineCpuMs();
		ApiUpload.Round r = round(a, dir, warmup, docs, size, clients);
		long self = HeapWatch.cpuMs(ProcessHandle.current().pid()) - self0;
		long[] machine1 = HeapWatch.machineCpuMs();
		long dbCpu = (dbCpu0 >= 0) ? HeapWatch.cpuMs(a.num("db-pid")) - dbCpu0 : 0;
		Results out = new Results(a.path("results"));
		String p = label + ".ceiling.";
		out.put(p + "docs", docs);
		out.put(p + "seconds", r.seconds());
		out.put(p + "docsPerSec", docs / r.seconds());
		out.put(p + "mbPerSec", (double) docs * size / (1024 * 1024) / r.seconds());
		out.put(p + "p50ms", r.percentile(50));
		out.put(p + "p95ms", r.percentile(95));
		out.put(p + "clientCpuMsPerDoc", (double) self / docs);
		if (dbCpu0 >= 0) {
			out.put(p + "dbCpuMsPerDoc", (double) dbCpu / docs);
		}
		if (machine0[0] >= 0) {
			out.put(p + "otherCpuMsPerDoc", (machine1[0] - machine0[0] - self - dbCpu) / (double) docs);
		}
		out.save();
		System.out.printf("[%s] ceiling (JDBC + fsync): %d docs with %d threads in %.2f s = %.1f docs/s, %.1f MB/s%n",
				label, docs, clients, r.seconds(), docs / r.seconds(),
				(double) docs * size / (1024 * 1024) / r.seconds());
		try (Connection c = connect(a); Statement st = c.createStatement()) {
			st.execute("drop table bench_ceiling_document");
			st.execute("drop table bench_ceiling_audit");
			c.commit();
		}
	}

	private static Connection connect(Args a) throws Exception {
		Connection c = DriverManager.getConnection(a.str("jdbc-url"), a.str("jdbc-user"), a.opt("jdbc-password", ""));
		c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
		c.setAutoCommit(false);
		return c;
	}

	private static ApiUpload.Round round(Args a, Path dir, long first, int count, int size, int clients)
			throws Exception {
		AtomicLong next = new AtomicLong(first);
		long end = first + count;
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>(count));
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<?>> jobs = new ArrayList<>();
		long runId = a.num("run-id");
		long t0 = System.nanoTime();
		for (int t = 0; t < clients; t++) {
			final int fileId = t + 1;
			jobs.add(pool.submit(() -> {
				try (Connection c = connect(a);
						PreparedStatement doc = c.prepareStatement(INSERT_DOC);
						PreparedStatement audit = c.prepareStatement(INSERT_AUDIT)) {
					MessageDigest sha = MessageDigest.getInstance("SHA-256");
					for (long n = next.getAndIncrement(); n < end; n = next.getAndIncrement()) {
						byte[] pdf = BenchPdf.bytes(runId, n, size);
						long s = System.nanoTime();
						String hash = HexFormat.of().formatHex(sha.digest(pdf));
						try (FileChannel ch = FileChannel.open(dir.resolve(n + ".pdf"), StandardOpenOption.CREATE_NEW,
								StandardOpenOption.WRITE)) {
							ByteBuffer buf = ByteBuffer.wrap(pdf);
							while (buf.hasRemaining()) {
								ch.write(buf);
							}
							ch.force(true);
						}
						Timestamp now = new Timestamp(System.currentTimeMillis());
						String code = "000.00.77.B01.2025.0" + fileId + ".BENCH." + n;
						doc.setLong(1, fileId);
						doc.setLong(2, n + 1);
						doc.setString(3, code);
						doc.setString(4, Long.toString(n % 100_000_000));
						doc.setObject(5, LocalDate.of(2025, 3, 1));
						doc.setString(6, "Sở Nội vụ tỉnh Sơn La");
						doc.setString(7, "Công văn số " + n + "/SNV-VP về việc thử tải hệ thống lưu trữ");
						doc.setString(8, hash);
						doc.setLong(9, pdf.length);
						doc.setString(10, "cv-" + n + ".pdf");
						doc.setTimestamp(11, now);
						doc.executeUpdate();
						audit.setTimestamp(1, now);
						audit.setString(2, code);
						audit.setString(3, "{\"fileCode\":\"000.00.77.B01.2025.0" + fileId + ".BENCH\",\"mediaType\":"
								+ "\"application/pdf\",\"sha256\":\"" + hash + "\",\"size\":" + pdf.length + "}");
						audit.setString(4, hash);
						audit.setString(5, hash);
						audit.executeUpdate();
						c.commit();
						latencies.add(System.nanoTime() - s);
					}
				}
				return null;
			}));
		}
		for (Future<?> job : jobs) {
			job.get();
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		pool.shutdown();
		return new ApiUpload.Round(seconds, latencies);
	}

}
