package vn.luutru.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import vn.luutru.support.Api;
import vn.luutru.support.ApiTest;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three times as many slow clients as request threads, each sending its body a byte a
 * second, some signed in (the application reads the body), some not (the body is refused
 * unread): a normal user is still served within seconds, and every slow client is cut
 * soon after the bound.
 */
@ApiTest
@Tag("isolated")
@TestPropertySource(
		properties = { "server.tomcat.threads.max=8", "luutru.http.body-grace=PT1S", "luutru.http.body-min-rate=1KB" })
class SlowBodyApiTest extends ApiTestSupport {

	private static final int SLOW_CLIENTS = 24;

	private static final int DECLARED = 2000;

	@Test
	void slowBodiesAreCutAndOthersServed() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(SLOW_CLIENTS);
		try {
			List<Future<Cut>> slow = new ArrayList<>();
			for (int i = 0; i < SLOW_CLIENTS; i++) {
				boolean signedIn = i % 2 == 0;
				slow.add(pool.submit(() -> trickle(signedIn)));
			}
			Thread.sleep(1500);
			long start = System.nanoTime();
			String code = newAgencyCode();
			Api.Response created = this.admin.post("/api/v1/agencies", Map.of("code", code, "fondsCode",
					"P" + code.substring(0, 3), "name", "Sở Thử nghiệm", "transferSource", true));
			Api.Response listed = this.admin.get("/api/v1/agencies");
			Duration served = Duration.ofNanos(System.nanoTime() - start);
			System.out.println("normal user served in " + served);
			assertThat(created.status()).as(created.toString()).isEqualTo(201);
			assertThat(listed.status()).isEqualTo(200);
			assertThat(served).as("a normal user waits for the slow ones").isLessThan(Duration.ofSeconds(10));

			for (int i = 0; i < SLOW_CLIENTS; i++) {
				Cut cut = slow.get(i).get(60, TimeUnit.SECONDS);
				assertThat(cut.sent).as("slow client %d was let send its whole body", i).isLessThan(DECLARED);
				// Three waves of eight on eight threads, each cut ~3 s after its first
				// read.
				assertThat(cut.after).as("slow client %d cut after", i).isLessThan(Duration.ofSeconds(20));
				System.out.printf("slow client %d: %s, %d bytes sent, cut after %s%n", i,
						cut.head.lines().findFirst().orElse("closed"), cut.sent, cut.after);
				if (i % 2 == 0) {
					assertThat(cut.head).as("slow client %d", i).startsWith("HTTP/1.1 408");
					assertThat(cut.head).contains("application/problem+json");
					assertThat(cut.body).contains("error.bodyTooSlow").contains("quá chậm");
				}
				else {
					// Refused unread (no login, so no CSRF exemption): answered at once,
					// then cut.
					assertThat(cut.head).as("slow client %d", i).startsWith("HTTP/1.1 403");
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** Sends the head, then the body a byte a second, until the server closes. */
	private Cut trickle(boolean signedIn) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(60_000);
			long start = System.nanoTime();
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/v1/agencies HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ (signedIn ? "Authorization: " + RawHttp.basic("admin", "admin-test-pw") + "\r\n" : "")
					+ "Content-Length: " + DECLARED + "\r\n\r\n{")
				.getBytes(StandardCharsets.UTF_8));
			out.flush();
			int[] sent = { 1 };
			Thread writer = new Thread(() -> {
				try {
					while (sent[0] < DECLARED - 1) {
						Thread.sleep(1000);
						out.write(' ');
						out.flush();
						sent[0]++;
					}
				}
				catch (IOException | InterruptedException ex) {
					// Cut by the server.
				}
			});
			writer.setDaemon(true);
			writer.start();
			InputStream in = socket.getInputStream();
			StringBuilder received = new StringBuilder();
			byte[] buffer = new byte[8192];
			try {
				for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
					received.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
				}
			}
			catch (IOException ex) {
				// Reset by the server: cut as well.
			}
			Duration after = Duration.ofNanos(System.nanoTime() - start);
			writer.interrupt();
			String text = received.toString();
			int headEnd = Math.max(text.indexOf("\r\n\r\n"), 0);
			return new Cut(after, sent[0], text.substring(0, headEnd), text.substring(headEnd));
		}
	}

	private record Cut(Duration after, int sent, String head, String body) {
	}

}
