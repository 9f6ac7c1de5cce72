package vn.luutru.fixity;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the fixity audit ({@code luutru.fixity.*}).
 *
 * @param cron when the timer of {@code fixity-audit} fires (Quartz cron); a cycle starts
 * only when none runs and the last one began at least {@code cycle} ago
 * @param cycle the period within which the whole store, both copies, is checked (default
 * 30 days; the law's ceiling is 3 years, so more is refused)
 * @param chunkSize objects re-hashed by one async step
 * @param chunkBytes the most bytes one async step reads (it stops after the object that
 * crosses it), so that a step ends far inside the job lock
 */
@ConfigurationProperties("luutru.fixity")
public record FixitySettings(String cron, Period cycle, Integer chunkSize, DataSize chunkBytes) {

	/** Three years: the law's ceiling for a full integrity check. */
	static final Period CEILING = Period.ofYears(3);

	public FixitySettings {
		cron = (cron != null) ? cron : "0 0 1 * * ?";
		cycle = (cycle != null) ? cycle : Period.ofDays(30);
		chunkSize = (chunkSize != null) ? chunkSize : 200;
		chunkBytes = (chunkBytes != null) ? chunkBytes : DataSize.ofMegabytes(512);
		if (cycle.isNegative() || cycle.isZero() || cycle.toTotalMonths() * 31 + cycle.getDays() > 3 * 366) {
			throw new IllegalArgumentException("luutru.fixity.cycle must be positive and at most 3 years: " + cycle);
		}
		if (chunkSize < 1 || chunkBytes.toBytes() < 1) {
			throw new IllegalArgumentException("luutru.fixity.chunk-size and chunk-bytes must be positive");
		}
	}

	/** The cycle as a duration from an instant (a month counted as 30 days). */
	Duration cycleDuration() {
		return Duration.ofDays(this.cycle.toTotalMonths() * 30 + this.cycle.getDays());
	}

}
