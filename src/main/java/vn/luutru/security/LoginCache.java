package vn.luutru.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Remembers a successful HTTP Basic login for a short while, so that an API client
 * sending its credentials with every request is not put through bcrypt (about 80 ms of
 * CPU) each time. Keyed by the user, and a digest of the password together with the
 * stored password hash and user revision at that moment (never the password itself): the
 * caller reads them on every request (one indexed read), so a password or name changed on
 * any node misses here at once. Local to the node, and only a shortcut: a miss checks the
 * identity service again.
 */
@Component
class LoginCache {

	private static final int MAX_ENTRIES = 10_000;

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private final Duration ttl;

	private final Clock clock;

	LoginCache(@Value("${luutru.security.login-cache-ttl:PT60S}") Duration ttl, Clock clock) {
		this.ttl = ttl;
		this.clock = clock;
	}

	CurrentUser find(String userId, String password, String storedVersion) {
		Entry e = this.entries.get(key(userId, password, storedVersion));
		return (e != null && e.expires().isAfter(Instant.now(this.clock))) ? e.user() : null;
	}

	void remember(String userId, String password, String storedVersion, CurrentUser user) {
		if (this.ttl.isZero()) {
			return;
		}
		if (this.entries.size() >= MAX_ENTRIES) {
			this.entries.clear();
		}
		this.entries.put(key(userId, password, storedVersion), new Entry(user, Instant.now(this.clock).plus(this.ttl)));
	}

	private static String key(String userId, String password, String storedVersion) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			String secret = userId + "\u0000" + password + "\u0000" + storedVersion;
			return userId + ":" + HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Entry(CurrentUser user, Instant expires) {

	}

}
