package vn.luutru.lifecycle;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/** What every logger wrote while it was open, as the log files would show it. */
final class CapturedLogs implements AutoCloseable {

	private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private CapturedLogs() {
		this.appender.start();
		this.root.addAppender(this.appender);
	}

	static CapturedLogs start() {
		return new CapturedLogs();
	}

	/** The events at {@code level} or above. */
	List<ILoggingEvent> atLeast(Level level) {
		synchronized (this.appender) {
			return this.appender.list.stream().filter((e) -> e.getLevel().isGreaterOrEqual(level)).toList();
		}
	}

	/** The lines of one logger. */
	List<String> of(String logger) {
		synchronized (this.appender) {
			return this.appender.list.stream()
				.filter((e) -> e.getLoggerName().equals(logger))
				.map(ILoggingEvent::getFormattedMessage)
				.toList();
		}
	}

	@Override
	public void close() {
		this.root.detachAppender(this.appender);
		this.appender.stop();
	}

}
