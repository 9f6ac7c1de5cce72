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
 * sending its credentials with every request is not re-hashed and re-loaded each time.
 * Keyed by the user and a digest of the password (never the password itself); local to
 * the node, and only a shortcut: a miss checks the identity service again. A changed
 * password or role takes effect within the time to live.
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

	CurrentUser find(String userId, String password) {
		Entry e = this.entries.get(key(userId, password));
		return (e != null && e.expires().isAfter(Instant.now(this.clock))) ? e.user() : null;
	}

	void remember(String userId, String password, CurrentUser user) {
		if (this.ttl.isZero()) {
			return;
		}
		if (this.entries.size() >= MAX_ENTRIES) {
			this.entries.clear();
		}
		this.entries.put(key(userId, password), new Entry(user, Instant.now(this.clock).plus(this.ttl)));
	}

	private static String key(String userId, String password) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return userId + ":" + HexFormat.of()
				.formatHex(digest.digest((userId + "\u0000" + password).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Entry(CurrentUser user, Instant expires) {

	}

}
