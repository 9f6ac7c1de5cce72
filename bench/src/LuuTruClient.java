import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few LuuTru REST calls the benchmarks (capture and sweep) need, each with HTTP Basic auth. */
final class LuuTruClient {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	private final URI base;

	LuuTruClient(String base) {
		this.base = URI.create(base.endsWith("/") ? base : base + "/");
	}

	/** A finished call: the status and the body (an error's problem details). */
	record Reply(int status, String body) {

		Reply expect(int wanted, String what) {
			if (this.status != wanted) {
				throw new IllegalStateException(what + ": HTTP " + this.status + " " + this.body);
			}
			return this;
		}

		long id() {
			Matcher m = ID.matcher(this.body);
			if (!m.find()) {
				throw new IllegalStateException("no id in " + this.body);
			}
			return Long.parseLong(m.group(1));
		}

	}

	/** Answers anything at all (401 included) once the server is up. */
	boolean answers() {
		try {
			HttpURLConnection c = open("api/v1/users/me", null, 5_000);
			return send(c, null).status() > 0;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Waits until the server answers; fails as soon as its process has exited, or after the
	 * time-out.
	 */
	static void waitUntilUp(String base, long pid, Duration timeout) throws InterruptedException {
		LuuTruClient api = new LuuTruClient(base);
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
				throw new IllegalStateException("the server (pid " + pid + ") exited during start-up");
			}
			if (api.answers()) {
				return;
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("the server did not answer within the time-out");
	}

	/** The body of a GET; any status but 200 is an IllegalStateException. */
	String get(String path, String[] login) throws IOException {
		return send(open(path, login, 60_000), null).expect(200, "GET " + this.base.resolve(path)).body();
	}

	/** The body of a POST without a body; any status but the expected one is an IllegalStateException. */
	String post(String path, String[] login, int expected) throws IOException {
		HttpURLConnection c = open(path, login, 60_000);
		c.setFixedLengthStreamingMode(0);
		return send(c, (out) -> {
		}).expect(expected, "POST " + this.base.resolve(path)).body();
	}

	Reply postJson(String path, String[] login, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		HttpURLConnection c = open(path, login, 60_000);
		c.setRequestProperty("Content-Type", "application/json");
		c.setFixedLengthStreamingMode(body.length);
		return send(c, (out) -> out.write(body));
	}

	/** Uploads a document whose bytes are in memory. */
	Reply upload(long fileId, String[] login, String metadataJson, String fileName, byte[] content)
			throws IOException {
		return upload(fileId, login, metadataJson, fileName, content.length, (out) -> out.write(content), 120_000);
	}

	/** Uploads a document streamed from disk; the body is never held in memory. */
	Reply upload(long fileId, String[] login, String metadataJson, String fileName, Path content)
			throws IOException {
		return upload(fileId, login, metadataJson, fileName, Files.size(content), (out) -> Files.copy(content, out),
				3_600_000);
	}

	/**
	 * A multipart request with a fixed Content-Length, written straight to the socket:
	 * the JDK's blocking HttpURLConnection, which costs the client far less CPU per request
	 * than java.net.http.HttpClient (the machine's two cores are shared with the server).
	 */
	private Reply upload(long fileId, String[] login, String metadataJson, String fileName, long contentLength,
			Body content, int timeoutMillis) throws IOException {
		String boundary = "bench-" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\n" + "Content-Disposition: form-data; name=\"metadata\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + metadataJson + "\r\n" + "--" + boundary + "\r\n"
				+ "Content-Disposition: form-data; name=\"content\"; filename=\"" + fileName + "\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpURLConnection c = open("api/v1/files/" + fileId + "/documents", login, timeoutMillis);
		c.setRequestProperty("Content-Type", "multipart/form-data; boundary=" + boundary);
		c.setFixedLengthStreamingMode(head.length + contentLength + tail.length);
		return send(c, (out) -> {
			out.write(head);
			content.writeTo(out);
			out.write(tail);
		});
	}

	private HttpURLConnection open(String path, String[] login, int timeoutMillis) throws IOException {
		HttpURLConnection c = (HttpURLConnection) this.base.resolve(path).toURL().openConnection();
		c.setConnectTimeout(10_000);
		c.setReadTimeout(timeoutMillis);
		if (login != null) {
			String basic = Base64.getEncoder()
				.encodeToString((login[0] + ":" + login[1]).getBytes(StandardCharsets.UTF_8));
			c.setRequestProperty("Authorization", "Basic " + basic);
		}
		c.setRequestProperty("Accept", "application/json");
		c.setRequestProperty("Accept-Language", "en");
		return c;
	}

	/** Sends the body (if any) and reads the whole answer, so the connection is kept alive. */
	private static Reply send(HttpURLConnection c, Body body) throws IOException {
		if (body != null) {
			c.setRequestMethod("POST");
			c.setDoOutput(true);
			try (OutputStream out = c.getOutputStream()) {
				body.writeTo(out);
			}
		}
		int status = c.getResponseCode();
		InputStream in = (status >= 400) ? c.getErrorStream() : c.getInputStream();
		if (in == null) {
			return new Reply(status, "");
		}
		try (in) {
			return new Reply(status, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	private interface Body {

		void writeTo(OutputStream out) throws IOException;

	}

	static String json(String s) {
		StringBuilder sb = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			switch (c) {
				case '"' -> sb.append("\\\"");
				case '\\' -> sb.append("\\\\");
				default -> {
					if (c < 0x20) {
						sb.append(String.format("\\u%04x", (int) c));
					}
					else {
						sb.append(c);
					}
				}
			}
		}
		return sb.append('"').toString();
	}

	/** A top-level field of a flat JSON object: number, string or null. */
	static String field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\"([^\"]*)\"|[-0-9.]+|null|true|false)").matcher(json);
		if (!m.find()) {
			return null;
		}
		return (m.group(2) != null) ? m.group(2) : ("null".equals(m.group(1)) ? null : m.group(1));
	}

}
