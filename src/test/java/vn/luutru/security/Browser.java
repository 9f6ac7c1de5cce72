package vn.luutru.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A browser as far as login, cookies and CSRF go: keeps its cookies, signs in with a form
 * and sends whatever headers a test gives it.
 */
final class Browser {

	private final String base;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient client;

	Browser(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder().cookieHandler(this.cookies).build();
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** Signs in through LuuTru's login form, as a browser does, CSRF token included. */
	HttpResponse<String> formLogin(String user, String password) {
		get("/login");
		String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(cookie("XSRF-TOKEN"));
		return send(HttpRequest.newBuilder(URI.create(this.base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	HttpResponse<String> get(String path, String... headers) {
		return send(builder(path, headers).GET());
	}

	HttpResponse<String> post(String path, String json, String... headers) {
		return send(builder(path, headers).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	HttpResponse<String> postForm(String path, String form, String... headers) {
		return send(builder(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	/** Signs in to a Camunda webapp with its own login route and CSRF cookie. */
	HttpResponse<String> camundaLogin(String app, String user, String password) {
		get("/camunda/app/" + app + "/default/");
		return postForm("/camunda/api/admin/auth/user/default/login/" + app,
				"username=" + enc(user) + "&password=" + enc(password), "X-XSRF-TOKEN", cookie("XSRF-TOKEN"));
	}

	HttpResponse<String> put(String path, String json, String... headers) {
		return send(builder(path, headers).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

	String cookie(String name) {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals(name))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private HttpRequest.Builder builder(String path, String... headers) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(this.base + path));
		for (int i = 0; i < headers.length; i += 2) {
			b.header(headers[i], headers[i + 1]);
		}
		return b;
	}

	private HttpResponse<String> send(HttpRequest.Builder builder) {
		try {
			return this.client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
