package vn.luutru.access;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingCalendarTest {

	@Test
	void theDayOfReceiptDoesNotCountNorDoWeekendsAndHolidays() {
		Set<LocalDate> holidays = Set.of(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1));
		// Wednesday 29/4: Thursday and Friday are holidays, then a weekend.
		assertThat(WorkingCalendar.countFrom(LocalDate.of(2026, 4, 29), 1, holidays))
			.isEqualTo(LocalDate.of(2026, 5, 4));
		// Friday: one working day is the Monday after.
		assertThat(WorkingCalendar.countFrom(LocalDate.of(2026, 12, 4), 1, Set.of()))
			.isEqualTo(LocalDate.of(2026, 12, 7));
		// Received on a Saturday: Monday is the first working day.
		assertThat(WorkingCalendar.countFrom(LocalDate.of(2026, 12, 5), 2, Set.of()))
			.isEqualTo(LocalDate.of(2026, 12, 8));
	}

}
