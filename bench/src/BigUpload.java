import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One very large document streamed from disk to a server with a small heap: the body goes
 * out through {@code BodyPublishers.ofFile}, so neither side needs it in memory.
 */
final class BigUpload {

	private static final Pattern SIZE = Pattern.compile("\"contentSize\"\\s*:\\s*(\\d+)");

	private BigUpload() {
	}

	static void run(Args a) throws Exception {
		LuuTruClient api = new LuuTruClient(a.str("base"));
		String[] admin = { a.str("admin-user"), a.str("admin-password") };
		double gb = Double.parseDouble(a.str("gb"));
		long size = (long) (gb * 1024 * 1024 * 1024);
		String label = a.str("label");
		Path file = Files.createDirectories(a.path("dir")).resolve("big.pdf");
		long t0 = System.nanoTime();
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
			BenchPdf.write(out, a.num("run-id"), 9_999_999, size);
		}
		System.out.printf("[big] wrote a %.2f GB PDF in %.1f s%n", size / 1073741824.0, (System.nanoTime() - t0) / 1e9);
		String[] clerk = ApiUpload.setUp(api, admin);
		long fileId = ApiUpload.openFile(api, clerk, "90.BIG", "Hồ sơ tệp lớn / Big upload");
		Results out = new Results(a.path("results"));
		long pid = a.num("server-pid");
		double idle = HeapWatch.idleHeapMb(pid);
		try (HeapWatch heap = new HeapWatch(pid, 200, a.has("gc-log") ? a.path("gc-log") : null)) {
			long s = System.nanoTime();
			LuuTruClient.Reply reply = api.upload(fileId, clerk, ApiUpload.metadata(9_999_999), "big.pdf", file);
			double seconds = (System.nanoTime() - s) / 1e9;
			long[] gc = heap.gcPeaks();
			double peak = Math.max(heap.sampledPeakMb(), gc[0]);
			out.put("big.db", label);
			out.put("big.bytes", size);
			out.put("big.status", reply.status());
			out.put("big.seconds", seconds);
			out.put("big.mbPerSec", size / 1048576.0 / seconds);
			out.put("big.peakHeapMb", peak);
			out.put("big.maxAfterGcMb", gc[1]);
			out.put("big.idleHeapMb", idle);
			// Growth over idle: the live heap after the largest collection during the
			// upload; with no collection, the sampled peak (garbage included: an upper bound).
			out.put("big.heapGrowthMb", ((gc[1] > 0) ? gc[1] : heap.sampledPeakMb()) - idle);
			out.put("big.xmxMb", a.num("xmx-mb"));
			out.put("big.serverCpuSeconds", heap.serverCpuMs() / 1000.0);
			out.save();
			System.out.printf("[big] %.2f GB upload on %s: HTTP %d in %.1f s = %.1f MB/s, server peak heap %.0f MB "
					+ "(-Xmx%dm), idle %.0f MB, largest after a GC %d MB%n", size / 1073741824.0, label, reply.status(),
					seconds, size / 1048576.0 / seconds, peak, a.num("xmx-mb"), idle, gc[1]);
			reply.expect(201, "big upload");
			Matcher m = SIZE.matcher(reply.body());
			if (!m.find() || Long.parseLong(m.group(1)) != size) {
				throw new IllegalStateException("big upload stored the wrong size: " + reply.body());
			}
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
