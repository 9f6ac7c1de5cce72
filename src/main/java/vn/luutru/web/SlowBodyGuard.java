package vn.luutru.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import vn.luutru.common.ProblemTexts;

/**
 * Puts {@link SlowBodyValve} in front of the application with the bound set by
 * {@code luutru.http.body-grace} and {@code luutru.http.body-min-rate}. On the engine, so
 * that it sees the answer complete (error pages included) before it drains an unread
 * body.
 */
@Component
class SlowBodyGuard implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	private final Duration grace;

	private final DataSize minRate;

	private final ProblemTexts texts;

	SlowBodyGuard(@Value("${luutru.http.body-grace}") Duration grace,
			@Value("${luutru.http.body-min-rate}") DataSize minRate, ProblemTexts texts) {
		this.texts = texts;
		this.grace = grace;
		this.minRate = minRate;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addEngineValves(new SlowBodyValve(this.grace, this.minRate.toBytes(), this.texts));
	}

}
