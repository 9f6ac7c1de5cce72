package vn.luutru.fixity;

import java.time.Instant;

/**
 * A fixity cycle's progress as the API and the home page show it. {@code percent} is
 * where the walk is in the space of names: objects are named by their SHA-256, spread
 * evenly, so the first digits of the object reached tell the share of the store behind it
 * without counting the store first. Rates are over the time since the cycle began.
 */
public record FixityProgress(long id, FixityCycleStatus status, Instant startedAt, Instant finishedAt, double percent,
		long objectsChecked, long bytesChecked, Double objectsPerSecond, Double bytesPerSecond, int mismatches,
		int missing, int repaired, int incidents, String minutesNumber, String minutesUrl) {

	static FixityProgress of(FixityCycle cycle, Instant now) {
		double percent;
		if (cycle.status() == FixityCycleStatus.FINISHED) {
			percent = 100;
		}
		else if (cycle.lastObject() == null) {
			percent = 0;
		}
		else {
			long reached = Long.parseLong(cycle.lastObject().substring(0, 8), 16);
			percent = Math.floor(reached * 1000.0 / 0x1_0000_0000L) / 10.0;
		}
		Instant end = (cycle.finishedAt() != null) ? cycle.finishedAt() : now;
		double seconds = Math.max(end.toEpochMilli() - cycle.startedAt().toEpochMilli(), 1) / 1000.0;
		Double objectsRate = (cycle.objectsChecked() > 0) ? round(cycle.objectsChecked() / seconds) : null;
		Double bytesRate = (cycle.bytesChecked() > 0) ? round(cycle.bytesChecked() / seconds) : null;
		String minutes = (cycle.minutesSha256() != null) ? "/api/v1/fixity/cycles/" + cycle.id() + "/minutes.docx"
				: null;
		return new FixityProgress(cycle.id(), cycle.status(), cycle.startedAt(), cycle.finishedAt(), percent,
				cycle.objectsChecked(), cycle.bytesChecked(), objectsRate, bytesRate, cycle.mismatches(),
				cycle.missing(), cycle.repaired(), cycle.incidents(), cycle.minutesNumber(), minutes);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
