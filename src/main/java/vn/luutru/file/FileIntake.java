package vn.luutru.file;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.Problems;
import vn.luutru.security.CurrentUser;

/**
 * Legacy files brought in by a bulk intake: checked with the rules of opening and closing
 * a file (one rule, one place), then, once their documents are in, given their history
 * (closed or deposited on their real dates) with the deadline derived as for any file.
 */
@Service
public class FileIntake {

	private final FileOpening opening;

	private final RecordFileMapper mapper;

	private final RecordFileLifecycle lifecycle;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FileIntake(FileOpening opening, RecordFileMapper mapper, RecordFileLifecycle lifecycle, AuditService audit,
			ApplicationEventPublisher events, Clock clock) {
		this.opening = opening;
		this.mapper = mapper;
		this.lifecycle = lifecycle;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Adds the problems of a file to open for the user's agency with this history; its
	 * documents were issued within {@code documents} (null: none).
	 * @return the file's code, null when it cannot be made
	 */
	@Transactional(readOnly = true)
	public String check(OpenFileRequest request, FileHistory history, DateRange documents, CurrentUser user,
			Problems problems) {
		NewRecordFile file = this.opening.prepare(request, user, problems);
		LocalDate today = LocalDate.now(this.clock);
		switch (history.status()) {
			case OPEN -> {
				if (history.endDate() != null) {
					problems.add("endDate", "error.openFileEndDate");
				}
				if (history.depositDate() != null) {
					problems.add("depositDate", "error.depositDateNotDeposited");
				}
			}
			case CLOSED, DEPOSITED -> {
				if (history.endDate() == null) {
					problems.add("endDate", "error.required");
				}
				else {
					ClosingDates.check(request.startDate(), documents, history.endDate(), today, problems);
				}
				deposit(history, today, problems);
			}
			default -> problems.add("status", "error.intakeFileStatus", history.status());
		}
		return file.fileCode;
	}

	private static void deposit(FileHistory history, LocalDate today, Problems problems) {
		if (history.status() == FileStatus.CLOSED) {
			if (history.depositDate() != null) {
				problems.add("depositDate", "error.depositDateNotDeposited");
			}
			return;
		}
		if (history.depositDate() == null) {
			problems.add("depositDate", "error.required");
		}
		else if (history.depositDate().isAfter(today)) {
			problems.add("depositDate", "error.dateInFuture");
		}
		else if (history.endDate() != null && history.depositDate().isBefore(history.endDate())) {
			problems.add("depositDate", "error.depositBeforeEnd", history.endDate());
		}
	}

	/**
	 * Gives an open file, its documents in, the history it arrived with: closed on its
	 * end date, deposited on its deposit date (taken as the start of that day in the
	 * agencies' time zone), then its deadline derived. A file already moved on is left as
	 * it is (a retried step).
	 */
	@Transactional
	public RecordFile applyHistory(long id, FileHistory history) {
		if (history.status() == FileStatus.OPEN) {
			return this.lifecycle.require(id);
		}
		DateRange dates = this.mapper.documentDates(id);
		Instant closedAt = history.endDate().atStartOfDay(this.clock.getZone()).toInstant();
		Instant depositedAt = (history.depositDate() != null)
				? history.depositDate().atStartOfDay(this.clock.getZone()).toInstant() : null;
		int rows = this.mapper.recordHistory(id, history.status(), (dates != null) ? dates.first() : null,
				history.endDate(), closedAt, depositedAt);
		RecordFile file = this.lifecycle.require(id);
		if (rows == 0) {
			return file;
		}
		this.lifecycle.refreshDue(id);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("endDate", history.endDate());
		details.put("depositDate", history.depositDate());
		details.put("intake", true);
		this.audit.record(AuditAction.FILE_CLOSED, "record_file", file.fileCode(), file.agencyId(), details);
		if (history.status() == FileStatus.DEPOSITED) {
			this.audit.record(AuditAction.FILE_DEPOSITED, "record_file", file.fileCode(), file.agencyId(), details);
		}
		else {
			this.events.publishEvent(new FileClosed(id, file.fileCode(), file.agencyCode()));
		}
		return this.lifecycle.require(id);
	}

}
