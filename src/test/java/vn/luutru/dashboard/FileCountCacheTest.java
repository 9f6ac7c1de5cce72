package vn.luutru.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's file counts: counted on the first request of a scope, then served at
 * once; once older than the max-age, still served while one recount runs behind.
 */
class FileCountCacheTest {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T01:00:00Z"));

	final AtomicInteger counted = new AtomicInteger();

	final Supplier<FileCounts> count = () -> new FileCounts(
			List.of(new StateCount(vn.luutru.file.FileStatus.OPEN, this.counted.incrementAndGet())), List.of(),
			List.of(), this.clock.instant());

	final DashboardScope province = new DashboardScope(null, null, null, TODAY);

	@Test
	void countsOnceThenServesTheKeptCountsWithinTheMaxAge() {
		FileCountCache cache = new FileCountCache(Duration.ofMinutes(1), this.clock);
		assertThat(files(cache.get(this.province, this.count))).isEqualTo(1);
		this.clock.advance(Duration.ofSeconds(59));
		assertThat(files(cache.get(this.province, this.count))).isEqualTo(1);
		assertThat(this.counted).hasValue(1);
		// another scope counts for itself
		assertThat(files(cache.get(new DashboardScope(7L, "000.00.21.H53", null, TODAY), this.count))).isEqualTo(2);
	}

	@Test
	void staleCountsAreServedWhileOneRecountRunsBehind() throws InterruptedException {
		FileCountCache cache = new FileCountCache(Duration.ofMinutes(1), this.clock);
		cache.get(this.province, this.count);
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(files(cache.get(this.province, this.count))).as("the stale counts, at once").isEqualTo(1);
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (files(cache.get(this.province, this.count)) != 2 && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		assertThat(files(cache.get(this.province, this.count))).as("the recounted counts").isEqualTo(2);
		assertThat(this.counted).as("one recount for the stale counts").hasValue(2);
	}

	@Test
	void aNewDayCountsAgainAndZeroKeepsNothing() {
		FileCountCache cache = new FileCountCache(Duration.ofMinutes(1), this.clock);
		cache.get(this.province, this.count);
		assertThat(files(cache.get(new DashboardScope(null, null, null, TODAY.plusDays(1)), this.count))).isEqualTo(2);

		FileCountCache off = new FileCountCache(Duration.ZERO, this.clock);
		off.get(this.province, this.count);
		off.get(this.province, this.count);
		assertThat(this.counted).hasValue(4);
	}

	static long files(FileCounts counts) {
		return counts.perState().get(0).files();
	}

	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration d) {
			this.now = this.now.plus(d);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
