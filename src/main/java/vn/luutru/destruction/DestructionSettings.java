package vn.luutru.destruction;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a destruction is carried out ({@code luutru.destruction.*}).
 *
 * @param eraseChunkFiles record files whose content one async step erases at most, so
 * that each step ends well inside the job lock
 */
@ConfigurationProperties("luutru.destruction")
public record DestructionSettings(Integer eraseChunkFiles) {

	public DestructionSettings {
		eraseChunkFiles = (eraseChunkFiles != null) ? eraseChunkFiles : 100;
		if (eraseChunkFiles < 1) {
			throw new IllegalArgumentException(
					"luutru.destruction.erase-chunk-files must be positive: " + eraseChunkFiles);
		}
	}

}
