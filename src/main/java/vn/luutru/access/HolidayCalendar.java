package vn.luutru.access;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.DateBounds;
import vn.luutru.common.InvalidInputException;
import vn.luutru.common.NotFoundException;
import vn.luutru.common.Problems;
import vn.luutru.common.Text;
import vn.luutru.common.Years;

/** Keeps the public holidays (lt_holiday). */
@Service
class HolidayCalendar {

	private final HolidayMapper mapper;

	private final AuditService audit;

	HolidayCalendar(HolidayMapper mapper, AuditService audit) {
		this.mapper = mapper;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	List<Holiday> ofYear(int year) {
		if (!Years.within(year)) {
			throw InvalidInputException.of("year", "error.year", Years.FIRST, Years.LAST);
		}
		return this.mapper.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	Holiday put(LocalDate day, String name) {
		DateBounds.check("day", day);
		String clean = Text.line(name);
		if (clean == null || clean.length() > 200) {
			new Problems().add("name", (clean == null) ? "error.required" : "error.tooLong", 200).throwIfAny();
		}
		if (this.mapper.update(day, clean) == 0) {
			this.mapper.insert(day, clean);
		}
		this.audit.record(AuditAction.HOLIDAY_SET, "holiday", day, null, Map.of("name", clean));
		return new Holiday(day, clean);
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	void delete(LocalDate day) {
		DateBounds.check("day", day);
		if (this.mapper.delete(day) == 0) {
			throw new NotFoundException("holiday", day);
		}
		this.audit.record(AuditAction.HOLIDAY_REMOVED, "holiday", day, null, Map.of());
	}

}
