import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The capture benchmark through the REST API: as admin, one agency and one clerk; as the
 * clerk, one open record file per client; then every client uploads its share of
 * distinct PDFs into its own file. A warm-up round is not counted. With {@code --bare true} the
 * same uploads go to the bare endpoint ({@code BareCapture}), which needs no set-up; the
 * figures are kept under {@code <label>.<part>.} ({@code --part}: api, ceiling or base).
 */
final class ApiUpload {

	static final String AGENCY = "000.00.77.B01";

	static final String CLERK = "bench.clerk";

	static final String CLERK_PASSWORD = "bench-clerk-2025";

	private ApiUpload() {
	}

	/** Creates the agency and the clerk; returns the clerk's login. */
	static String[] setUp(LuuTruClient api, String[] admin) throws Exception {
		api.postJson("api/v1/agencies", admin, "{\"code\":\"" + AGENCY + "\",\"fondsCode\":\"B01\","
				+ "\"name\":\"Cơ quan thử tải LuuTru / LuuTru benchmark agency\"}")
			.expect(201, "create agency");
		api.postJson("api/v1/users", admin,
				"{\"userId\":\"" + CLERK + "\",\"firstName\":\"Văn thư\",\"lastName\":\"Thử tải\",\"password\":\""
						+ CLERK_PASSWORD + "\",\"agencyCode\":\"" + AGENCY + "\",\"roles\":[\"clerk\",\"archivist\"]}")
			.expect(201, "create clerk");
		return new String[] { CLERK, CLERK_PASSWORD };
	}

	static long openFile(LuuTruClient api, String[] clerk, String notation, String title) throws Exception {
		return api.postJson("api/v1/files", clerk, "{\"year\":2025,\"fileNotation\":\"" + notation + "\",\"title\":"
				+ LuuTruClient.json(title) + ",\"maintenanceCode\":\"06\"}").expect(201, "open file " + notation).id();
	}

	static String metadata(long n) {
		return "{\"typeName\":\"22\",\"codeNumber\":\"" + (n % 100_000_000) + "\",\"codeNotation\":\"SNV-VP\","
				+ "\"issuedDate\":\"2025-03-01\",\"organName\":\"Sở Nội vụ tỉnh Sơn La\","
				+ "\"subject\":\"Công văn số " + n + "/SNV-VP về việc thử tải hệ thống lưu trữ\",\"numberOfPage\":1}";
	}

	static void run(Args a) throws Exception {
		LuuTruClient api = new LuuTruClient(a.str("base"));
		String[] admin = { a.opt("admin-user", ""), a.opt("admin-password", "") };
		String label = a.str("label");
		int docs = a.num("docs");
		int warmup = a.num("warmup");
		int clients = a.num("clients");
		int size = a.num("size-kb") * 1024;
		long runId = a.num("run-id");
		long pid = a.num("server-pid");
		boolean bare = a.has("bare");
		String[] clerk = bare ? new String[] { CLERK, CLERK_PASSWORD } : setUp(api, admin);
		long[] files = new long[clients];
		for (int c = 0; c < clients; c++) {
			files[c] = bare ? c + 1
					: openFile(api, clerk, String.format("%02d.BENCH", c + 1),
							"Hồ sơ thử tải số " + (c + 1) + " / Benchmark file " + (c + 1));
		}
		Results out = new Results(a.path("results"));
		try (HeapWatch heap = new HeapWatch(pid, 200, a.has("gc-log") ? a.path("gc-log") : null)) {
			Round w = round(api, clerk, files, runId, 0, warmup, size);
			System.out.printf("[%s] warm-up: %d uploads in %.1f s%n", label, warmup, w.seconds);
			long dbCpu0 = a.has("db-pid") ? HeapWatch.cpuMs(a.num("db-pid")) : -1;
			long cpu0 = HeapWatch.cpuMs(pid);
			long clientCpu0 = HeapWatch.cpuMs(ProcessHandle.current().pid());
			long[] machine0 = HeapWatch.machineCpuMs();
			Map<String, Long> db0 = a.has("status-url") ? DbStatus.snapshot(a) : null;
			long start = System.currentTimeMillis();
			Round r = round(api, clerk, files, runId, warmup, docs, size);
			long end = System.currentTimeMillis();
			if (db0 != null) {
				DbStatus.record(out, label + ".db.", db0, DbStatus.snapshot(a), docs);
			}
			long serverCpu = HeapWatch.cpuMs(pid) - cpu0;
			long clientCpu = HeapWatch.cpuMs(ProcessHandle.current().pid()) - clientCpu0;
			long[] machine1 = HeapWatch.machineCpuMs();
			long dbCpu = (dbCpu0 >= 0) ? HeapWatch.cpuMs(a.num("db-pid")) - dbCpu0 : 0;
			long[] gc = heap.gcPeaks();
			double peak = Math.max(heap.sampledPeakMb(), gc[0]);
			String part = a.opt("part", "api");
			String p = label + "." + part + ".";
			out.put(p + "docs", docs);
			out.put(p + "startMillis", start);
			out.put(p + "endMillis", end);
			out.put(p + "seconds", r.seconds);
			out.put(p + "docsPerSec", docs / r.seconds);
			out.put(p + "mbPerSec", (double) docs * size / (1024 * 1024) / r.seconds);
			out.put(p + "p50ms", r.percentile(50));
			out.put(p + "p95ms", r.percentile(95));
			out.put(p + "p99ms", r.percentile(99));
			out.put(p + "peakHeapMb", peak);
			out.put(p + "maxAfterGcMb", gc[1]);
			out.put(p + "heapSamples", heap.samples());
			out.put(p + "serverCpuMsPerDoc", (double) serverCpu / docs);
			out.put(p + "clientCpuMsPerDoc", (double) clientCpu / docs);
			if (dbCpu0 >= 0) {
				out.put(p + "dbCpuMsPerDoc", (double) dbCpu / docs);
			}
			if (machine0[0] >= 0) {
				// What else ran meanwhile: machine CPU minus server, client and database.
				double busy = machine1[0] - machine0[0];
				out.put(p + "machineCpuUse", busy / (r.seconds * 1000 * Runtime.getRuntime().availableProcessors()));
				out.put(p + "otherCpuMsPerDoc", (busy - serverCpu - clientCpu - dbCpu) / docs);
				out.put(p + "stealMsPerDoc", (double) (machine1[1] - machine0[1]) / docs);
			}
			System.out.printf("[%s] %s: %d docs of %d KB with %d clients in %.2f s = %.1f docs/s, %.1f MB/s, "
					+ "p50 %.1f ms, p95 %.1f ms, server peak heap %.0f MB, server CPU %.2f ms/doc%n", label, part, docs, size / 1024, clients,
					r.seconds, docs / r.seconds, (double) docs * size / (1024 * 1024) / r.seconds, r.percentile(50),
					r.percentile(95), peak, (double) serverCpu / docs);
		}
		out.save();
	}

	/** One timed round: documents [first, first + count) spread over the clients. */
	static Round round(LuuTruClient api, String[] clerk, long[] files, long runId, long first, int count, int size)
			throws Exception {
		AtomicLong next = new AtomicLong(first);
		long end = first + count;
		AtomicReference<String> failure = new AtomicReference<>();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>(count));
		ExecutorService pool = Executors.newFixedThreadPool(files.length);
		long t0 = System.nanoTime();
		List<Future<?>> jobs = new ArrayList<>();
		for (long fileId : files) {
			jobs.add(pool.submit(() -> {
				for (long n = next.getAndIncrement(); n < end && failure.get() == null; n = next.getAndIncrement()) {
					byte[] pdf = BenchPdf.bytes(runId, n, size);
					long s = System.nanoTime();
					LuuTruClient.Reply reply = api.upload(fileId, clerk, metadata(n), "cv-" + n + ".pdf", pdf);
					latencies.add(System.nanoTime() - s);
					if (reply.status() != 201) {
						failure.compareAndSet(null, "upload " + n + ": HTTP " + reply.status() + " " + reply.body());
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
		if (failure.get() != null) {
			throw new IllegalStateException(failure.get());
		}
		return new Round(seconds, latencies);
	}

	record Round(double seconds, List<Long> latencies) {

		double percentile(int p) {
			List<Long> sorted = new ArrayList<>(this.latencies);
			Collections.sort(sorted);
			if (sorted.isEmpty()) {
				return 0;
			}
			int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
			return sorted.get(Math.max(0, i)) / 1e6;
		}

	}

}
