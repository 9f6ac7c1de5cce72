package vn.luutru.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: a cookie jar, LuuTru's login form and the CSRF token every
 * page form carries, for tests of what pages answer.
 */
final class PageSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http;

	private final CookieManager cookies = new CookieManager();

	private PageSession(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(this.cookies).build();
	}

	/** A browser that has not signed in. */
	static PageSession anonymous(int port) {
		return new PageSession(port);
	}

	/** Signs in through the login page as a browser does. */
	static PageSession signIn(int port, String userId, String password) {
		PageSession session = new PageSession(port);
		Page login = session.submit("/login", "/login", Map.of("username", userId, "password", password));
		if (login.status() != 302) {
			throw new IllegalStateException("login refused: " + login);
		}
		return session;
	}

	Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", "text/html").GET());
	}

	/** Posts {@code fields} with the CSRF token of the form on {@code page}. */
	Page submit(String page, String action, Map<String, String> fields) {
		Matcher token = CSRF.matcher(get(page).body());
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on " + page);
		}
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", token.group(1));
		return post(action, all);
	}

	/** Posts {@code fields} as they are, CSRF token or not. */
	Page post(String action, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((e) -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** A JSON call as the Camunda webapps make it, with their CSRF header. */
	Page camunda(String method, String path) {
		String token = this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> "XSRF-TOKEN".equals(c.getName()) && "/camunda".equals(c.getPath()))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse("");
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "application/json")
			.header("X-XSRF-TOKEN", token)
			.method(method, HttpRequest.BodyPublishers.noBody()));
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<byte[]> r = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			String type = r.headers().firstValue("Content-Type").orElse("");
			String location = r.headers().firstValue("Location").orElse("");
			return new Page(r.statusCode(), type, location, new String(r.body(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** What the server answered: status, type, where it redirects to, the text. */
	record Page(int status, String contentType, String location, String body) {

		@Override
		public String toString() {
			return this.status + " " + this.location + " " + this.body;
		}

	}

}
