package vn.luutru.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started LuuTru where to go and, in the demo, how to sign in. */
@Component
class StartupBanner {

	private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

	private final Environment env;

	StartupBanner(Environment env) {
		this.env = env;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		String base = "http://localhost:" + this.env.getProperty("local.server.port", "8080");
		StringBuilder sb = new StringBuilder("\n\n  LuuTru đã sẵn sàng / LuuTru is ready\n");
		sb.append("  API docs (Swagger UI): ").append(base).append("/swagger-ui.html\n");
		sb.append("  OpenAPI:               ").append(base).append("/v3/api-docs\n");
		sb.append("  Tasklist:              ").append(base).append("/camunda/app/tasklist/\n");
		sb.append("  Cockpit:               ").append(base).append("/camunda/app/cockpit/\n");
		log.info(sb.toString());
	}

}
