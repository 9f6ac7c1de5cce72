package vn.luutru.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.common.InvalidInputException;
import vn.luutru.file.RecordFile;
import vn.luutru.file.RecordFileQueries;
import vn.luutru.security.CurrentUsers;

/** What falls due within a period, overdue first, within what the user may see. */
@Service
public class DueList {

	static final int LIMIT = 1000;

	private final RecordFileQueries files;

	private final Clock clock;

	DueList(RecordFileQueries files, Clock clock) {
		this.files = files;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<DueFile> within(String within) {
		Period period;
		try {
			period = (within == null || within.isBlank()) ? Period.ofDays(90) : Period.parse(within);
		}
		catch (DateTimeParseException ex) {
			throw InvalidInputException.of("within", "error.period");
		}
		if (period.isNegative() || period.toTotalMonths() > 1200) {
			throw InvalidInputException.of("within", "error.period");
		}
		LocalDate today = LocalDate.now(this.clock);
		return this.files.due(CurrentUsers.require().visibleAgencyId(), today.plus(period), LIMIT)
			.stream()
			.map((f) -> view(f, today))
			.toList();
	}

	private static DueFile view(RecordFile f, LocalDate today) {
		return new DueFile(f.id(), f.fileCode(), f.title(), f.agencyCode(), f.status(), f.maintenanceCode(),
				f.retentionYears(), f.dueOn(), f.dueAction(), f.dueOn().isBefore(today),
				ChronoUnit.DAYS.between(today, f.dueOn()), f.onHold());
	}

}
