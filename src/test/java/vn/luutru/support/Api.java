package vn.luutru.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A small HTTP client for tests: talks to the running app as one user, over real HTTP.
 */
public final class Api {

	public static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

	private static final HttpClient CLIENT = HttpClient.newHttpClient();

	private final String base;

	private final String authorization;

	private final String user;

	public Api(int port, String user, String password) {
		this.base = "http://localhost:" + port;
		this.user = user;
		this.authorization = (user == null) ? null : "Basic "
				+ Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	public String base() {
		return this.base;
	}

	/** The login this client signs in with; null when anonymous. */
	public String userId() {
		return this.user;
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	public Response post(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(json(body))));
	}

	public Response put(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofByteArray(json(body))));
	}

	/**
	 * Sends a multipart/form-data request; each part is JSON text or bytes with a file
	 * name.
	 */
	public Response multipart(String path, Map<String, Part> parts) {
		return multipart(path, parts, Map.of());
	}

	/** A multipart request with headers of its own (Idempotency-Key). */
	public Response multipart(String path, Map<String, Part> parts, Map<String, String> headers) {
		String boundary = "----luutru" + UUID.randomUUID();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (Map.Entry<String, Part> e : parts.entrySet()) {
			Part p = e.getValue();
			StringBuilder head = new StringBuilder("--").append(boundary)
				.append("\r\nContent-Disposition: form-data; name=\"")
				.append(e.getKey())
				.append('"');
			if (p.fileName() != null) {
				head.append("; filename=\"").append(p.fileName()).append('"');
			}
			head.append("\r\nContent-Type: ").append(p.contentType()).append("\r\n\r\n");
			out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
			out.writeBytes(p.bytes());
			out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = request(path);
		headers.forEach(request::header);
		return send(request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
	}

	public static Map<String, Part> parts(Object... nameAndPart) {
		Map<String, Part> map = new LinkedHashMap<>();
		for (int i = 0; i < nameAndPart.length; i += 2) {
			map.put((String) nameAndPart[i], (Part) nameAndPart[i + 1]);
		}
		return map;
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(this.base + path));
		if (this.authorization != null) {
			b.header("Authorization", this.authorization);
		}
		return b;
	}

	private static byte[] json(Object body) {
		try {
			return (body instanceof String s) ? s.getBytes(StandardCharsets.UTF_8) : JSON.writeValueAsBytes(body);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private static Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<byte[]> r = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** One part of a multipart request. */
	public record Part(String fileName, String contentType, byte[] bytes) {

		public static Part json(Object value) {
			return new Part(null, "application/json", Api.json(value));
		}

		public static Part file(String fileName, String contentType, byte[] bytes) {
			return new Part(fileName, contentType, bytes);
		}

	}

	/** A response: status, raw body and the body as JSON when it is JSON. */
	public record Response(int status, byte[] body, String contentType) {

		public JsonNode json() {
			try {
				return JSON.readTree(this.body);
			}
			catch (IOException ex) {
				throw new IllegalStateException("not JSON (" + this.status + "): " + text(), ex);
			}
		}

		public String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		/** The field names listed in a 400 problem's errors. */
		public java.util.List<String> errorFields() {
			java.util.List<String> fields = new java.util.ArrayList<>();
			json().path("errors").forEach((e) -> fields.add(e.path("field").asText()));
			return fields;
		}

		@Override
		public String toString() {
			return this.status + " " + text();
		}

	}

}
