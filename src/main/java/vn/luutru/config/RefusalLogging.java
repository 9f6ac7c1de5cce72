package vn.luutru.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

import org.springframework.stereotype.Component;

import vn.luutru.security.EngineRefusals;

/**
 * Some routes of the engine's REST API turn any engine error into a 500 and log it with
 * its stack trace (a task's variables modified in one call) before the gate answers the
 * refusal as the 400 or 403 it is. While a refusal of the current request is pending,
 * that REST log line is dropped: the refusal is logged once, by
 * {@link TaskInputRefusals}. A 500 without a refusal still logs.
 */
@Component
class RefusalLogging {

	static final String ENGINE_REST_EXCEPTIONS = "org.camunda.bpm.engine.rest.exception";

	RefusalLogging() {
		// A Spring context started later in the same JVM resets the logging: each
		// installs the filter again, once.
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
				&& context.getTurboFilterList().stream().noneMatch(RefusedRestAnswers.class::isInstance)) {
			context.addTurboFilter(new RefusedRestAnswers());
		}
	}

	static final class RefusedRestAnswers extends TurboFilter {

		@Override
		public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
				Throwable t) {
			return (format != null && ENGINE_REST_EXCEPTIONS.equals(logger.getName()) && EngineRefusals.pending())
					? FilterReply.DENY : FilterReply.NEUTRAL;
		}

	}

}
