package vn.luutru.access;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calendar of public holidays that working-day deadlines skip: every officer reads
 * it, the administrator keeps it (the Tết days are announced each year).
 */
@RestController
@RequestMapping("/api/v1/holidays")
class HolidayController {

	private final HolidayCalendar calendar;

	HolidayController(HolidayCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping
	List<Holiday> list(@RequestParam int year) {
		return this.calendar.ofYear(year);
	}

	@PutMapping("/{day}")
	@PreAuthorize("hasRole('ADMIN')")
	Holiday put(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestBody Map<String, String> body) {
		return this.calendar.put(day, body.get("name"));
	}

	@DeleteMapping("/{day}")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Void> delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
		this.calendar.delete(day);
		return ResponseEntity.noContent().build();
	}

}
