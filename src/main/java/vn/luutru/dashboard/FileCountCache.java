package vn.luutru.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps the dashboard's file counts of each scope for {@code luutru.dashboard.max-age} (a
 * minute by default): counting a province's million files takes seconds, while the
 * dashboard must answer in well under one. The first request of a scope on a day counts;
 * later ones get the kept counts at once, and once they are older than the max-age one
 * recount runs in the background while the kept counts are still served. The page says
 * when its figures were counted. Zero turns keeping off (every request counts).
 */
@Component
class FileCountCache {

	private static final Logger log = LoggerFactory.getLogger(FileCountCache.class);

	private final Duration maxAge;

	private final Clock clock;

	private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

	private final ExecutorService recounts = Executors.newSingleThreadExecutor((task) -> {
		Thread t = new Thread(task, "dashboard-recount");
		t.setDaemon(true);
		return t;
	});

	FileCountCache(@Value("${luutru.dashboard.max-age:PT1M}") Duration maxAge, Clock clock) {
		this.maxAge = maxAge;
		this.clock = clock;
	}

	/** The scope's counts: kept ones if there are, counted now otherwise. */
	FileCounts get(DashboardScope scope, Supplier<FileCounts> count) {
		if (this.maxAge.isZero() || this.maxAge.isNegative()) {
			return count.get();
		}
		Key key = new Key(scope.agencyId(), scope.year());
		Entry kept = this.entries.get(key);
		if (kept == null || !kept.day.equals(scope.today())) {
			Entry counted = new Entry(scope.today(), count.get());
			this.entries.put(key, counted);
			return counted.counts;
		}
		Instant now = Instant.now(this.clock);
		if (kept.counts.countedAt().plus(this.maxAge).isBefore(now) && kept.recounting.compareAndSet(false, true)) {
			this.recounts.execute(() -> recount(key, kept, count));
		}
		return kept.counts;
	}

	private void recount(Key key, Entry stale, Supplier<FileCounts> count) {
		try {
			this.entries.replace(key, stale, new Entry(stale.day, count.get()));
		}
		catch (RuntimeException ex) {
			stale.recounting.set(false);
			log.warn("Đếm lại số liệu bảng điều khiển không được, giữ số cũ / dashboard recount failed, keeping the "
					+ "last counts: {}", ex.toString());
		}
	}

	private record Key(Long agencyId, Integer year) {
	}

	private static final class Entry {

		final LocalDate day;

		final FileCounts counts;

		final AtomicBoolean recounting = new AtomicBoolean();

		Entry(LocalDate day, FileCounts counts) {
			this.day = day;
			this.counts = counts;
		}

	}

}
