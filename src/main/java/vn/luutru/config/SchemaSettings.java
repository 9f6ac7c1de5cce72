package vn.luutru.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param lockWait how long a starting node waits while another node migrates the schema
 * (MySQL and MariaDB) before it gives up its start; 15 minutes by default
 */
@ConfigurationProperties("luutru.schema")
record SchemaSettings(Duration lockWait) {

	SchemaSettings {
		lockWait = (lockWait != null) ? lockWait : Duration.ofMinutes(15);
	}

}
