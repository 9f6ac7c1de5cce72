package vn.luutru.receipt;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import vn.luutru.common.ZipGuard;

/**
 * Limits and places of the receipt of SIPs ({@code luutru.receipt.*}); the upload itself
 * is bounded by {@code luutru.content.max-upload-size}.
 *
 * @param spoolDir where an uploaded SIP waits until it is accepted or rejected (shared by
 * the nodes, as the content store is)
 * @param maxEntrySize the largest file the SIP may hold, uncompressed
 * @param maxTotalSize the most the SIP may hold, uncompressed
 * @param maxRatio the highest compression ratio of an entry over {@code ratioFloor}
 * @param ratioFloor entries smaller than this, uncompressed, are not judged by ratio
 * @param maxErrors the most validation errors kept and shown for one SIP
 * @param registerChunkDocuments the most documents one async step of an accepted SIP's
 * registration captures, in one transaction
 * @param registerChunkTime after this, a registration step takes no new document: with
 * {@code registerChunkDocuments}, it keeps each step well inside the job lock whatever
 * the documents' sizes (as the bulk intake's chunks)
 */
@ConfigurationProperties("luutru.receipt")
public record ReceiptSettings(Path spoolDir, DataSize maxEntrySize, DataSize maxTotalSize, Integer maxRatio,
		DataSize ratioFloor, Integer maxErrors, Integer registerChunkDocuments, Duration registerChunkTime) {

	public ReceiptSettings {
		spoolDir = (spoolDir != null) ? spoolDir : Path.of("data", "receipts");
		maxEntrySize = (maxEntrySize != null) ? maxEntrySize : DataSize.ofMegabytes(200);
		maxTotalSize = (maxTotalSize != null) ? maxTotalSize : DataSize.ofGigabytes(4);
		maxRatio = (maxRatio != null) ? maxRatio : 100;
		ratioFloor = (ratioFloor != null) ? ratioFloor : DataSize.ofKilobytes(64);
		maxErrors = (maxErrors != null) ? maxErrors : 200;
		registerChunkDocuments = (registerChunkDocuments != null) ? registerChunkDocuments : 100;
		registerChunkTime = (registerChunkTime != null) ? registerChunkTime : Duration.ofSeconds(20);
		if (registerChunkDocuments < 1) {
			throw new IllegalArgumentException(
					"luutru.receipt.register-chunk-documents must be positive: " + registerChunkDocuments);
		}
	}

	ZipGuard.Limits zipLimits() {
		return new ZipGuard.Limits(this.maxEntrySize.toBytes(), this.maxTotalSize.toBytes(), this.maxRatio,
				this.ratioFloor.toBytes());
	}

}
