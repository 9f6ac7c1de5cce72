import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The few LuuTru REST calls the sweep benchmark needs, with HTTP Basic auth. */
final class SweepHttp {

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final URI base;

	private final String basic;

	SweepHttp(String base, String user, String password) {
		this.base = URI.create(base.endsWith("/") ? base : base + "/");
		this.basic = (user == null) ? null
				: "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
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

	String post(String path, int expected) throws IOException, InterruptedException {
		return send(request(path).POST(BodyPublishers.noBody()).build(), expected);
	}

	String get(String path) throws IOException, InterruptedException {
		return send(request(path).GET().build(), 200);
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder b = HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(Duration.ofSeconds(60))
			.header("Accept", "application/json")
			.header("Accept-Language", "en");
		return (this.basic != null) ? b.header("Authorization", this.basic) : b;
	}

	private String send(HttpRequest req, int expected) throws IOException, InterruptedException {
		var res = this.http.send(req, BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (res.statusCode() != expected) {
			throw new IllegalStateException(req.method() + " " + req.uri() + ": HTTP " + res.statusCode() + " "
					+ res.body());
		}
		return res.body();
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
