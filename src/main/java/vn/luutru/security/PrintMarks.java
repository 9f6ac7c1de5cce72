package vn.luutru.security;

import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.stereotype.Component;

import vn.luutru.forms.PrintMark;

/**
 * The print mark of the signed-in user, now ({@link PrintMark}): "In bởi Nguyễn Văn An
 * (vanthu) lúc 08:15 05/03/2026 / Printed by …", in the agencies' time zone.
 */
@Component
public class PrintMarks {

	private final Clock clock;

	PrintMarks(Clock clock) {
		this.clock = clock;
	}

	public String now() {
		return PrintMark.line(CurrentUsers.require().printedName(), LocalDateTime.now(this.clock));
	}

}
