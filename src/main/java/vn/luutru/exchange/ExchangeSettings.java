package vn.luutru.exchange;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The export to the national archive database ({@code luutru.exchange.*}).
 *
 * @param nationalExportChunkFiles files one call exports at most
 * @param nationalDatabaseCode the receiving system's code, written as the package's
 * preserving agent
 * @param nationalDatabaseName its name
 */
@ConfigurationProperties("luutru.exchange")
public record ExchangeSettings(Integer nationalExportChunkFiles, String nationalDatabaseCode,
		String nationalDatabaseName) {

	public ExchangeSettings {
		nationalExportChunkFiles = (nationalExportChunkFiles != null) ? nationalExportChunkFiles : 20;
		nationalDatabaseCode = (nationalDatabaseCode != null) ? nationalDatabaseCode : "CSDLTLLT";
		nationalDatabaseName = (nationalDatabaseName != null) ? nationalDatabaseName
				: "Cơ sở dữ liệu tài liệu lưu trữ Phông lưu trữ Nhà nước Việt Nam";
		if (nationalExportChunkFiles < 1) {
			throw new IllegalArgumentException(
					"luutru.exchange.national-export-chunk-files must be positive: " + nationalExportChunkFiles);
		}
	}

}
