package vn.luutru.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The keys of {@link IdempotencyFilter}, each change in a transaction of its own: the key
 * is taken before the request is served, so that a second request with it, even one sent
 * at the same time, waits for nothing and serves nothing.
 */
@Component
class IdempotencyKeys {

	/** What to do with a request carrying a key. */
	sealed interface Claim {

	}

	/** A first request: serve it, then {@link #finish} or {@link #forget}. */
	record Serve() implements Claim {

	}

	/** A repeat of a request already answered: give the first answer. */
	record Replay(int status, String contentType, String body) implements Claim {

	}

	/** The key was used with another request. */
	record Mismatch() implements Claim {

	}

	/** The first request with the key is still being served. */
	record InProgress() implements Claim {

	}

	private final IdempotencyMapper mapper;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Duration abandonedAfter;

	IdempotencyKeys(IdempotencyMapper mapper, PlatformTransactionManager transactions, Clock clock,
			@Value("${luutru.idempotency.abandoned-after:PT15M}") Duration abandonedAfter) {
		this.mapper = mapper;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.abandonedAfter = abandonedAfter;
	}

	Claim claim(String user, String route, String key, String sha256) {
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
		try {
			this.transaction.executeWithoutResult((tx) -> this.mapper.insert(user, route, key, sha256, now));
			return new Serve();
		}
		catch (DuplicateKeyException ex) {
			// Used before: answered below.
		}
		return this.transaction.execute((tx) -> {
			IdempotencyMapper.StoredAnswer stored = this.mapper.find(user, route, key);
			if (stored == null) {
				return new InProgress(); // its first request failed meanwhile: retry
			}
			if (!stored.requestSha256().equals(sha256)) {
				return new Mismatch();
			}
			if ("DONE".equals(stored.status())) {
				return new Replay(stored.responseStatus(), stored.responseType(), stored.responseBody());
			}
			// A request whose node died while serving it is served again after a while.
			if (this.mapper.takeOver(user, route, key, sha256, now.minus(this.abandonedAfter), now) > 0) {
				return new Serve();
			}
			return new InProgress();
		});
	}

	void finish(String user, String route, String key, int status, String contentType, String body) {
		this.transaction.executeWithoutResult((tx) -> this.mapper.finish(user, route, key, status, contentType, body));
	}

	void forget(String user, String route, String key) {
		this.transaction.executeWithoutResult((tx) -> this.mapper.forget(user, route, key));
	}

}
