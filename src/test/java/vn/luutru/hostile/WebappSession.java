package vn.luutru.hostile;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import vn.luutru.support.Api;

/**
 * A browser's session in the Camunda webapps: signed in through the Tasklist's login,
 * carrying the session cookie and the webapps' XSRF token, calling the webapps' own
 * engine API ({@code /camunda/api/engine/engine/default}) and, through the session only,
 * LuuTru's reads.
 */
public final class WebappSession {

	public static final String ENGINE = "/camunda/api/engine/engine/default";

	private final String base;

	private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

	private final HttpClient client;

	private WebappSession(String base) {
		this.base = base;
		this.client = HttpClient.newBuilder().cookieHandler(this.cookies).build();
	}

	/**
	 * Opens the Tasklist (which hands out the XSRF cookie) and signs in; the answer of
	 * the login is kept in {@link #login}.
	 */
	public static WebappSession signIn(String base, String user, String password) {
		return signIn(base, user, password, "tasklist");
	}

	/** Signs in to one of the webapps by name (tasklist, cockpit, admin, welcome). */
	public static WebappSession signIn(String base, String user, String password, String app) {
		WebappSession session = new WebappSession(base);
		session.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).GET());
		String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8);
		session.login = session.send(session.request("/camunda/api/admin/auth/user/default/login/" + app)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		return session;
	}

	public Api.Response login;

	public Api.Response get(String path) {
		return send(request(path).GET());
	}

	Api.Response post(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(json(body))));
	}

	Api.Response put(String path, Object body) {
		return send(request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofByteArray(json(body))));
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Accept", "application/json");
		String token = xsrf();
		if (token != null) {
			b.header("X-XSRF-TOKEN", token);
		}
		return b;
	}

	private String xsrf() {
		for (HttpCookie c : this.cookies.getCookieStore().getCookies()) {
			if ("XSRF-TOKEN".equals(c.getName())) {
				return c.getValue();
			}
		}
		return null;
	}

	private static byte[] json(Object body) {
		try {
			return (body instanceof String s) ? s.getBytes(StandardCharsets.UTF_8) : Api.JSON.writeValueAsBytes(body);
		}
		catch (IOException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private Api.Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<byte[]> r = this.client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Api.Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
