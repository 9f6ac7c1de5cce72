package vn.luutru.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Registration is open to anyone: one address may register only so many readers an hour
 * ({@code luutru.access.registrations-per-hour}). Counted per node, which is enough to
 * stop a script; the unique identity number stops the same person registering twice.
 */
@Component
class RegistrationThrottle {

	private static final Duration WINDOW = Duration.ofHours(1);

	private static final int MAX_ADDRESSES = 10_000;

	private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();

	private final AccessSettings settings;

	private final Clock clock;

	RegistrationThrottle(AccessSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/** Whether one more registration from this address is allowed now (and counts it). */
	boolean allow(String address) {
		Instant now = this.clock.instant();
		if (this.byAddress.size() > MAX_ADDRESSES) {
			this.byAddress.clear();
		}
		Deque<Instant> times = this.byAddress.computeIfAbsent(address, (a) -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
				times.pollFirst();
			}
			if (times.size() >= this.settings.registrationsPerHour()) {
				return false;
			}
			times.addLast(now);
			return true;
		}
	}

}
