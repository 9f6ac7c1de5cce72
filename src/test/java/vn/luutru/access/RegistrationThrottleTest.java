package vn.luutru.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegistrationThrottleTest {

	@Test
	void oneAddressRegistersOnlySoManyReadersAnHour() {
		AccessSettings settings = new AccessSettings(Duration.ofDays(15), 1, 7, 2, 96);
		MovingClock now = new MovingClock();
		RegistrationThrottle throttle = new RegistrationThrottle(settings, now);
		assertThat(throttle.allow("10.0.0.1")).isTrue();
		assertThat(throttle.allow("10.0.0.1")).isTrue();
		assertThat(throttle.allow("10.0.0.1")).isFalse();
		assertThat(throttle.allow("10.0.0.2")).as("another address").isTrue();
		now.at = now.at.plus(Duration.ofMinutes(61));
		assertThat(throttle.allow("10.0.0.1")).as("an hour later").isTrue();
	}

	static final class MovingClock extends Clock {

		Instant at = Instant.parse("2026-12-07T03:00:00Z");

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.at;
		}

	}

}
