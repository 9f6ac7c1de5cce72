package vn.luutru.transfer.pkg;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Dates as the packages write them: ISO 8601 with milliseconds and the +07:00 offset in
 * METS and PREMIS (as the circular's sample package), DD/MM/YYYY in the descriptive
 * metadata.
 */
final class Times {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx")
		.withZone(VIETNAM);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private Times() {
	}

	static String iso(Instant instant) {
		return ISO.format(instant);
	}

	static String day(LocalDate date) {
		return (date != null) ? DAY.format(date) : null;
	}

	static LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, VIETNAM);
	}

}
