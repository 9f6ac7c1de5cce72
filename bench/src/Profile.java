import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import jdk.jfr.Configuration;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the server's time goes during the timed round, from a Flight Recorder file: CPU
 * samples and time blocked inside requests (fsync, database socket reads, lock waits),
 * each charged to the first capture step of {@link #STEPS} on the stack.
 */
final class Profile {

	/**
	 * Capture steps, matched against "class.method" of each frame: a sample goes to the
	 * first step in this order with a frame on its stack.
	 */
	private static final String[][] STEPS = {
			{ "login (HTTP Basic -> Camunda identity, per request)",
					"vn.luutru.security.CamundaIdentityAuthenticationProvider.authenticate" },
			// Before the multipart parsing: the capture stages its content while the
			// streamed body is read (the boundary search feeding it counts here too).
			{ "staging (SHA-256 + write + fsync)", "vn.luutru.content.FileSystemContentStore.stage" },
			{ "multipart parsing (Tomcat's parser)", "StandardMultipartHttpServletRequest.parseRequest",
					"vn.luutru.web.StreamedUploads.read" },
			{ "content inspection", "vn.luutru.content.*.inspect" },
			{ "content commit (link into place)", "vn.luutru.content.FileSystemContentStore.commit" },
			{ "audit record (chain head lock + insert)", "vn.luutru.audit.AuditService.record" },
			{ "other Camunda engine commands", "org.camunda.bpm.engine.spring.SpringTransactionInterceptor.execute" },
			{ "capture transaction (file lock, rows, commit)", "vn.luutru.document.DocumentCapture.register",
					"org.springframework.transaction.support.TransactionTemplate.execute" },
			{ "metadata JSON + check", "vn.luutru.document.DocumentMetadataCheck.check",
					"AbstractJackson2HttpMessageConverter.read", "vn.luutru.web.StreamedUpload.json" },
			{ "file lookup + access check", "vn.luutru.file.RecordFileService.get" },
			{ "document read back", "vn.luutru.document.DocumentMapper.findById", "*Proxy*.findById" },
			{ "response JSON", "AbstractJackson2HttpMessageConverter.writeInternal" },
			{ "rest of the request (Spring MVC, security filters, Tomcat)",
					"org.apache.catalina.core.ApplicationFilterChain.doFilter" } };

	private static final Map<String, Pattern> PATTERNS = new java.util.HashMap<>();

	private static final String OTHER = "outside requests (H2 writer, JIT, Camunda, ...)";

	private Profile() {
	}

	/** Writes a JFR settings file: the "profile" settings with fsync and I/O unfiltered. */
	static void writeSettings(Args a) throws Exception {
		Map<String, String> settings = new TreeMap<>(Configuration.getConfiguration("profile").getSettings());
		settings.put("jdk.ExecutionSample#period", "2 ms");
		settings.put("jdk.FileForce#threshold", "0 ms");
		settings.put("jdk.SocketRead#threshold", "0 ms");
		settings.put("jdk.JavaMonitorEnter#threshold", "1 ms");
		settings.put("jdk.JavaMonitorWait#threshold", "1 ms");
		settings.put("jdk.ThreadPark#threshold", "1 ms");
		Map<String, Map<String, String>> byEvent = new TreeMap<>();
		settings.forEach((k, v) -> byEvent.computeIfAbsent(k.substring(0, k.indexOf('#')), (e) -> new TreeMap<>())
			.put(k.substring(k.indexOf('#') + 1), v));
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		xml.append("<configuration version=\"2.0\" label=\"LuuTru bench\">\n");
		byEvent.forEach((event, s) -> {
			xml.append("  <event name=\"").append(event).append("\">\n");
			s.forEach((name, value) -> xml.append("    <setting name=\"").append(name).append("\">")
				.append(value.replace("&", "&amp;").replace("<", "&lt;")).append("</setting>\n"));
			xml.append("  </event>\n");
		});
		xml.append("</configuration>\n");
		Files.writeString(a.path("out"), xml, StandardCharsets.UTF_8);
	}

	static void print(Args a) throws IOException {
		Results r = new Results(a.path("results"));
		String label = a.str("label");
		Instant from = Instant.ofEpochMilli((long) r.realOrNaN(label + ".api.startMillis"));
		Instant to = Instant.ofEpochMilli((long) r.realOrNaN(label + ".api.endMillis"));
		double docs = r.realOrNaN(label + ".api.docs");
		Map<String, long[]> cpu = new LinkedHashMap<>();
		Map<String, Map<String, Double>> blocked = new LinkedHashMap<>();
		for (String[] step : STEPS) {
			cpu.put(step[0], new long[1]);
			blocked.put(step[0], new TreeMap<>());
		}
		cpu.put(OTHER, new long[1]);
		long samples = 0;
		double gcPauseMs = 0;
		for (RecordedEvent e : RecordingFile.readAllEvents(a.path("jfr"))) {
			if (e.getStartTime().isBefore(from) || e.getStartTime().isAfter(to)) {
				continue;
			}
			String type = e.getEventType().getName();
			if (type.equals("jdk.GarbageCollection")) {
				gcPauseMs += e.getDuration("sumOfPauses").toNanos() / 1e6;
				continue;
			}
			String step = step(e.getStackTrace());
			if (type.equals("jdk.ExecutionSample")) {
				cpu.get(step)[0]++;
				samples++;
			}
			else if (!step.equals(OTHER) && isBlocking(type)) {
				Duration d = e.getDuration();
				blocked.get(step).merge(kind(type), d.toNanos() / 1e6, Double::sum);
			}
		}
		System.out.printf("%nWhere the time goes (%s, timed round, JFR): %d CPU samples of Java threads;"
				+ " blocked time summed over the request threads, per document.%n", label, samples);
		System.out.printf("%-58s | %6s | %s%n", "step", "CPU %", "blocked ms/doc");
		System.out.println("-".repeat(110));
		for (Map.Entry<String, long[]> c : cpu.entrySet()) {
			Map<String, Double> b = blocked.getOrDefault(c.getKey(), Map.of());
			StringBuilder sb = new StringBuilder();
			b.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "%s %.1f  ", k, v / docs)));
			System.out.printf(Locale.ROOT, "%-58s | %5.1f%% | %s%n", c.getKey(),
					(samples == 0) ? 0 : 100.0 * c.getValue()[0] / samples, sb);
		}
		System.out.printf(Locale.ROOT, "GC pauses: %.1f ms in total, %.2f ms/doc%n", gcPauseMs, gcPauseMs / docs);
	}

	private static boolean isBlocking(String type) {
		return List.of("jdk.FileForce", "jdk.SocketRead", "jdk.JavaMonitorEnter", "jdk.JavaMonitorWait",
				"jdk.ThreadPark", "jdk.ThreadSleep", "jdk.FileWrite", "jdk.FileRead").contains(type);
	}

	private static String kind(String type) {
		return switch (type) {
			case "jdk.FileForce" -> "fsync";
			case "jdk.SocketRead" -> "db/socket-read";
			case "jdk.FileWrite", "jdk.FileRead" -> "file-io";
			default -> "lock/wait";
		};
	}

	private static String step(RecordedStackTrace stack) {
		if (stack == null) {
			return OTHER;
		}
		List<RecordedFrame> frames = stack.getFrames();
		for (String[] step : STEPS) {
			for (RecordedFrame f : frames) {
				if (!f.isJavaFrame()) {
					continue;
				}
				String name = f.getMethod().getType().getName() + "." + f.getMethod().getName();
				for (int i = 1; i < step.length; i++) {
					if (matches(name, step[i])) {
						return step[0];
					}
				}
			}
		}
		return OTHER;
	}

	private static boolean matches(String name, String pattern) {
		if (!pattern.contains("*")) {
			return name.endsWith(pattern);
		}
		return PATTERNS
			.computeIfAbsent(pattern, (p) -> Pattern.compile(("\\Q" + p + "\\E").replace("*", "\\E.*\\Q")))
			.matcher(name)
			.matches();
	}

}
