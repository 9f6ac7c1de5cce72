import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Watches the server's heap from outside: {@code jstat -gc <pid> <ms>} sampled while the
 * benchmark runs (used = survivors + eden + old), and the server's own GC log
 * ({@code -Xlog:gc}) for the heap before and after each collection. The peak is the
 * larger of the sampled maximum and the largest before-GC figure, since the heap is
 * fullest just before a collection, between two samples.
 */
final class HeapWatch implements AutoCloseable {

	private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

	private final Process jstat;

	private final Thread reader;

	private volatile double maxUsedKb;

	private volatile int samples;

	private final long startCpuMs;

	private final long pid;

	private final Path gcLog;

	private final long gcLogStart;

	HeapWatch(long pid, int intervalMs, Path gcLog) throws IOException {
		this.pid = pid;
		this.gcLog = gcLog;
		this.gcLogStart = (gcLog != null && Files.exists(gcLog)) ? Files.size(gcLog) : 0;
		this.startCpuMs = cpuMs(pid);
		this.jstat = new ProcessBuilder("jstat", "-gc", Long.toString(pid), Integer.toString(intervalMs))
			.redirectErrorStream(true)
			.start();
		this.reader = new Thread(this::read, "jstat-reader");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	private void read() {
		try (BufferedReader in = new BufferedReader(
				new InputStreamReader(this.jstat.getInputStream(), StandardCharsets.US_ASCII))) {
			String[] header = null;
			String line;
			while ((line = in.readLine()) != null) {
				String[] cols = line.trim().split("\\s+");
				if (cols.length > 0 && cols[0].equals("S0C")) {
					header = cols;
					continue;
				}
				if (header == null || cols.length != header.length) {
					continue;
				}
				double used = 0;
				for (int i = 0; i < header.length; i++) {
					if (header[i].equals("S0U") || header[i].equals("S1U") || header[i].equals("EU")
							|| header[i].equals("OU")) {
						used += Double.parseDouble(cols[i]);
					}
				}
				this.maxUsedKb = Math.max(this.maxUsedKb, used);
				this.samples++;
			}
		}
		catch (IOException | NumberFormatException ex) {
			// jstat ended or printed something else: keep what was sampled.
		}
	}

	/** Largest used heap seen by sampling, in MB. */
	double sampledPeakMb() {
		return this.maxUsedKb / 1024.0;
	}

	int samples() {
		return this.samples;
	}

	/** Server CPU time (user + system) since this watch started, in ms. */
	long serverCpuMs() {
		return cpuMs(this.pid) - this.startCpuMs;
	}

	/**
	 * The process's CPU time, user + system, in ms: utime and stime of /proc/PID/stat
	 * (clock ticks of 10 ms), or what the JDK reports where there is no /proc.
	 */
	static long cpuMs(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
			// Fields after the command name, which may hold spaces: state is field 3.
			String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
		}
		catch (IOException | RuntimeException ex) {
			return ProcessHandle.of(pid)
				.flatMap((p) -> p.info().totalCpuDuration())
				.map(Duration::toMillis)
				.orElse(-1L);
		}
	}

	/**
	 * The server's heap in use right after a full collection ({@code jcmd PID GC.run},
	 * then one {@code jstat -gc} sample), in MB: its live data when idle.
	 */
	static double idleHeapMb(long pid) throws IOException, InterruptedException {
		new ProcessBuilder("jcmd", Long.toString(pid), "GC.run").redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start()
			.waitFor();
		Process p = new ProcessBuilder("jstat", "-gc", Long.toString(pid)).redirectErrorStream(true).start();
		String[] lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim().split("\n");
		p.waitFor();
		String[] header = lines[0].trim().split("\\s+");
		String[] cols = lines[lines.length - 1].trim().split("\\s+");
		double used = 0;
		for (int i = 0; i < header.length && i < cols.length; i++) {
			if (header[i].equals("S0U") || header[i].equals("S1U") || header[i].equals("EU") || header[i].equals("OU")) {
				used += Double.parseDouble(cols[i]);
			}
		}
		return used / 1024.0;
	}

	/**
	 * The whole machine's CPU time from /proc/stat, in ms: {busy (user, nice, system, irq,
	 * softirq), steal}; {-1, -1} where there is no /proc.
	 */
	static long[] machineCpuMs() {
		try {
			String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long tick = 10; // USER_HZ is 100 on Linux
			long busy = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
					+ Long.parseLong(f[7]);
			return new long[] { busy * tick, Long.parseLong(f[8]) * tick };
		}
		catch (IOException | RuntimeException ex) {
			return new long[] { -1, -1 };
		}
	}

	@Override
	public void close() {
		this.jstat.destroy();
		try {
			this.reader.join(2000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * From the server's {@code -Xlog:gc} file, the collections since this watch started:
	 * {maximum heap before a GC, maximum after a collecting pause (young, mixed or full)},
	 * in MB; zeros when there were none.
	 */
	long[] gcPeaks() throws IOException {
		long before = 0;
		long after = 0;
		if (this.gcLog == null || !Files.exists(this.gcLog)) {
			return new long[] { 0, 0 };
		}
		byte[] all = Files.readAllBytes(this.gcLog);
		int from = (int) Math.min(this.gcLogStart, all.length);
		String text = new String(all, from, all.length - from, StandardCharsets.UTF_8);
		Matcher m = GC_LINE.matcher(text);
		while (m.find()) {
			before = Math.max(before, Long.parseLong(m.group(1)));
			// After a pause that collects: G1's Remark and Cleanup free nothing, their
			// "after" is the heap as it stands, garbage included.
			int lineStart = text.lastIndexOf('\n', m.start()) + 1;
			String line = text.substring(lineStart, m.start());
			if (line.contains("Pause Young") || line.contains("Pause Full")) {
				after = Math.max(after, Long.parseLong(m.group(2)));
			}
		}
		return new long[] { before, after };
	}

}
