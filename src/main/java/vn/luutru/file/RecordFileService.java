package vn.luutru.file;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Validator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.ConflictException;
import vn.luutru.common.NotFoundException;
import vn.luutru.common.Problems;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.CurrentUsers;

/**
 * Opens, closes and finds record files, always within what the signed-in user may see.
 */
@Service
public class RecordFileService {

	static final String SCHEMA_VERSION = "TT05/2025";

	private final RecordFileMapper mapper;

	private final FileOpening opening;

	private final AuditService audit;

	private final Validator validator;

	private final Clock clock;

	private final RecordFileLifecycle lifecycle;

	private final ApplicationEventPublisher events;

	RecordFileService(RecordFileMapper mapper, FileOpening opening, AuditService audit, Validator validator,
			Clock clock, RecordFileLifecycle lifecycle, ApplicationEventPublisher events) {
		this.lifecycle = lifecycle;
		this.events = events;
		this.mapper = mapper;
		this.opening = opening;
		this.audit = audit;
		this.validator = validator;
		this.clock = clock;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CLERK','ARCHIVIST')")
	public RecordFile open(OpenFileRequest request) {
		CurrentUser user = CurrentUsers.require();
		Problems problems = new Problems().validate(this.validator, request);
		NewRecordFile file = this.opening.prepare(request, user, problems);
		problems.throwIfAny();
		file.schemaVersion = SCHEMA_VERSION;
		file.openedBy = user.userId();
		file.openedAt = Instant.now(this.clock);
		this.mapper.insert(file);
		this.audit.record(AuditAction.FILE_OPENED, "record_file", file.fileCode, file.agencyId, Map.of("title",
				file.title, "maintenanceCode", file.maintenanceCode, "planItemId", String.valueOf(file.planItemId)));
		return this.mapper.findVisible(file.id, null);
	}

	@Transactional
	@PreAuthorize("hasAnyRole('CLERK','ARCHIVIST')")
	public RecordFile close(long id, CloseFileRequest request) {
		// Locked, as a capture locks it: no document can come in between the check of
		// the dates below and the close.
		RecordFile file = lockWritable(id);
		if (file.status() != FileStatus.OPEN) {
			throw new ConflictException("conflict.fileNotOpen", file.fileCode(), file.status());
		}
		DateRange dates = this.mapper.documentDates(id);
		LocalDate endDate = (request != null && request.endDate() != null) ? request.endDate()
				: (dates != null && dates.last() != null) ? dates.last() : LocalDate.now(this.clock);
		Problems problems = new Problems();
		ClosingDates.check(file.startDate(), dates, endDate, LocalDate.now(this.clock), problems);
		problems.throwIfAny();
		if (this.mapper.close(id, (dates != null) ? dates.first() : null, endDate, Instant.now(this.clock)) == 0) {
			throw new ConflictException("conflict.fileNotOpen", file.fileCode(), file.status());
		}
		this.lifecycle.refreshDue(id);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("endDate", endDate);
		details.put("docTotal", file.docTotal());
		details.put("pageTotal", file.pageTotal());
		this.audit.record(AuditAction.FILE_CLOSED, "record_file", file.fileCode(), file.agencyId(), details);
		this.events.publishEvent(new FileClosed(id, file.fileCode(), file.agencyCode()));
		return this.mapper.findVisible(id, null);
	}

	@Transactional(readOnly = true)
	public RecordFile get(long id) {
		RecordFile file = this.mapper.findVisible(id, CurrentUsers.require().visibleAgencyId());
		if (file == null) {
			throw new NotFoundException("record_file", id);
		}
		return file;
	}

	/**
	 * The file, locked for a change by the signed-in user: it must belong to their own
	 * agency (managers read but never write).
	 */
	@Transactional
	public RecordFile lockWritable(long id) {
		CurrentUser user = CurrentUsers.require();
		RecordFile file = (user.agencyId() != null) ? this.mapper.lockOwned(id, user.agencyId()) : null;
		if (file == null) {
			throw new NotFoundException("record_file", id);
		}
		return file;
	}

	/** Adds one captured document to the file's totals. */
	@Transactional
	public void countDocument(long fileId, int sheets, int pages) {
		this.mapper.addDocument(fileId, sheets, pages);
	}

}
