import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few LuuTru REST calls the benchmark needs, each with HTTP Basic auth. */
final class LuuTruClient {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

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
			HttpRequest req = HttpRequest.newBuilder(this.base.resolve("api/v1/users/me"))
				.timeout(Duration.ofSeconds(5))
				.build();
			return this.http.send(req, BodyHandlers.discarding()).statusCode() > 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	Reply postJson(String path, String[] login, String json) throws IOException, InterruptedException {
		HttpRequest req = request(path, login, Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build();
		return send(req);
	}

	/** Uploads a document whose bytes are in memory. */
	Reply upload(long fileId, String[] login, String metadataJson, String fileName, byte[] content)
			throws IOException, InterruptedException {
		return upload(fileId, login, metadataJson, fileName, BodyPublishers.ofByteArray(content),
				Duration.ofSeconds(120));
	}

	/** Uploads a document streamed from disk; the body is never held in memory. */
	Reply upload(long fileId, String[] login, String metadataJson, String fileName, Path content)
			throws IOException, InterruptedException {
		return upload(fileId, login, metadataJson, fileName, BodyPublishers.ofFile(content), Duration.ofHours(1));
	}

	private Reply upload(long fileId, String[] login, String metadataJson, String fileName, BodyPublisher content,
			Duration timeout) throws IOException, InterruptedException {
		String boundary = "bench-" + UUID.randomUUID();
		String head = "--" + boundary + "\r\n" + "Content-Disposition: form-data; name=\"metadata\"\r\n"
				+ "Content-Type: application/json\r\n\r\n" + metadataJson + "\r\n" + "--" + boundary + "\r\n"
				+ "Content-Disposition: form-data; name=\"content\"; filename=\"" + fileName + "\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n";
		String tail = "\r\n--" + boundary + "--\r\n";
		// concat keeps a known Content-Length, so the server sees a plain (not chunked) body.
		BodyPublisher body = BodyPublishers.concat(BodyPublishers.ofByteArray(head.getBytes(StandardCharsets.UTF_8)),
				content, BodyPublishers.ofByteArray(tail.getBytes(StandardCharsets.UTF_8)));
		HttpRequest req = request("api/v1/files/" + fileId + "/documents", login, timeout)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(body)
			.build();
		return send(req);
	}

	private HttpRequest.Builder request(String path, String[] login, Duration timeout) {
		String basic = Base64.getEncoder()
			.encodeToString((login[0] + ":" + login[1]).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(timeout)
			.header("Authorization", "Basic " + basic)
			.header("Accept", "application/json")
			.header("Accept-Language", "en");
	}

	private Reply send(HttpRequest req) throws IOException, InterruptedException {
		HttpResponse<String> res = this.http.send(req, BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new Reply(res.statusCode(), res.body());
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

}
