package vn.luutru.access;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deadlines counted in working days: Saturdays, Sundays and the public holidays of
 * {@code lt_holiday} do not count. A request received on a day must be answered by the
 * end of the n-th working day after it (the day of receipt does not count).
 */
@Service
public class WorkingCalendar {

	private final HolidayMapper holidays;

	private final Clock clock;

	WorkingCalendar(HolidayMapper holidays, Clock clock) {
		this.holidays = holidays;
		this.clock = clock;
	}

	/** The n-th working day after {@code received}. */
	@Transactional(readOnly = true)
	public LocalDate dueDate(LocalDate received, int workingDays) {
		// Tết and a weekend take at most a fortnight: a generous window read once.
		Set<LocalDate> off = this.holidays.between(received, received.plusDays(workingDays * 3L + 30))
			.stream()
			.map(Holiday::holidayOn)
			.collect(Collectors.toSet());
		return countFrom(received, workingDays, off);
	}

	/** The end (midnight, Vietnamese time) of the n-th working day after that instant. */
	public Instant dueAt(Instant received, int workingDays) {
		LocalDate day = dueDate(received.atZone(this.clock.getZone()).toLocalDate(), workingDays);
		return day.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant();
	}

	static LocalDate countFrom(LocalDate received, int workingDays, Set<LocalDate> holidays) {
		LocalDate day = received;
		int counted = 0;
		while (counted < workingDays) {
			day = day.plusDays(1);
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
					&& !holidays.contains(day)) {
				counted++;
			}
		}
		return day;
	}

}
