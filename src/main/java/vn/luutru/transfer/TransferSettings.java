package vn.luutru.transfer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How a transfer package is built ({@code luutru.transfer.*}).
 *
 * @param packageChunkFiles record files packaged by one async step at most
 * @param packageChunkSize content one step packages before it stops (after the record
 * file that reaches it), so that each step ends well inside the job lock
 */
@ConfigurationProperties("luutru.transfer")
public record TransferSettings(Integer packageChunkFiles, DataSize packageChunkSize) {

	public TransferSettings {
		packageChunkFiles = (packageChunkFiles != null) ? packageChunkFiles : 20;
		packageChunkSize = (packageChunkSize != null) ? packageChunkSize : DataSize.ofGigabytes(1);
		if (packageChunkFiles < 1 || packageChunkSize.toBytes() < 1) {
			throw new IllegalArgumentException("luutru.transfer: package-chunk-files and package-chunk-size must be "
					+ "positive: " + packageChunkFiles + ", " + packageChunkSize);
		}
	}

}
