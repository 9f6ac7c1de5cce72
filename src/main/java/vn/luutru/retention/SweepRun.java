package vn.luutru.retention;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One run of the retention sweep and what it found. {@code agenciesSkipped}: agencies
 * left to a later sweep because an earlier batch of theirs has not claimed its files
 * ({@link SkippedAgency}). {@code agencyId}, {@code agencyCode}: the only agency an
 * archivist's sweep covered; null when the sweep covered every agency (the daily timer,
 * an administrator).
 */
public record SweepRun(Long id, Instant startedAt, Instant finishedAt, String triggeredBy, SweepStatus status,
		LocalDate asOf, int filesBatched, int batchesStarted, int filesWarned, int overdueFiles,
		String processInstanceId, int agenciesSkipped, Long agencyId, String agencyCode) {

}
