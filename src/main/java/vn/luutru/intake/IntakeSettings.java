package vn.luutru.intake;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits and places of the bulk intake ({@code luutru.intake.*}).
 *
 * @param spoolDir where an accepted ZIP waits until its rows are captured (shared by the
 * nodes, as the content store is)
 * @param maxRows the most documents one sheet may list
 * @param maxEntrySize the largest file the ZIP may hold, uncompressed
 * @param maxTotalSize the most the ZIP may hold, uncompressed
 * @param maxRatio the highest compression ratio of an entry over {@code ratioFloor}
 * @param ratioFloor entries smaller than this, uncompressed, are not judged by ratio
 * @param chunkSize the most rows one async capture step takes, in one transaction
 * @param chunkTime after this, a capture step takes no new row: with {@code chunkSize},
 * it keeps each step well inside the job lock whatever the documents' sizes
 * @param inspectThreads how many of a batch's documents are inspected and identified at
 * once (the capture's CPU-heavy part, before its rows are written in one transaction);
 * the node's processors by default
 */
@ConfigurationProperties("luutru.intake")
public record IntakeSettings(Path spoolDir, Integer maxRows, DataSize maxEntrySize, DataSize maxTotalSize,
		Integer maxRatio, DataSize ratioFloor, Integer chunkSize, Duration chunkTime, Integer inspectThreads) {

	public IntakeSettings {
		spoolDir = (spoolDir != null) ? spoolDir : Path.of("data", "intake");
		maxRows = (maxRows != null) ? maxRows : 20_000;
		maxEntrySize = (maxEntrySize != null) ? maxEntrySize : DataSize.ofMegabytes(200);
		maxTotalSize = (maxTotalSize != null) ? maxTotalSize : DataSize.ofGigabytes(4);
		maxRatio = (maxRatio != null) ? maxRatio : 100;
		ratioFloor = (ratioFloor != null) ? ratioFloor : DataSize.ofKilobytes(64);
		chunkSize = (chunkSize != null) ? chunkSize : 500;
		chunkTime = (chunkTime != null) ? chunkTime : Duration.ofSeconds(20);
		inspectThreads = (inspectThreads != null && inspectThreads > 0) ? inspectThreads
				: Runtime.getRuntime().availableProcessors();
	}

}
