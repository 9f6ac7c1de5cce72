package vn.luutru.config;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Dates and deadlines are Vietnamese dates: the clock runs in the agencies' time zone.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

	@Bean
	Clock clock(@Value("${luutru.time-zone:Asia/Ho_Chi_Minh}") String zone) {
		return Clock.system(ZoneId.of(zone));
	}

}
