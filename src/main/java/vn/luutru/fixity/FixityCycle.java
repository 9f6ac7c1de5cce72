package vn.luutru.fixity;

import java.time.Instant;

/**
 * One fixity cycle as stored: where it got to ({@code lastObject}, the last object
 * checked in name order) and what it counted; the findings are counted from their rows.
 */
public record FixityCycle(long id, FixityCycleStatus status, Instant startedAt, Instant finishedAt, String lastObject,
		long objectsChecked, long bytesChecked, int chunksDone, String processInstanceId, String minutesSha256,
		String minutesNumber, int mismatches, int missing, int repaired, int incidents) {

}
