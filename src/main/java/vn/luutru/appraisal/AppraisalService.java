package vn.luutru.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.file.RecordFile;
import vn.luutru.file.RecordFileLifecycle;
import vn.luutru.file.RetentionDeadlines;
import vn.luutru.schedule.RetentionPeriod;

/**
 * Carries out an archivist's appraisal: deposit with the confirmed retention, or keep
 * back.
 */
@Service
@Transactional
public class AppraisalService {

	private final RecordFileLifecycle files;

	private final AuditService audit;

	private final RetentionDeadlines deadlines;

	private final Clock clock;

	AppraisalService(RecordFileLifecycle files, AuditService audit, RetentionDeadlines deadlines, Clock clock) {
		this.files = files;
		this.audit = audit;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	/**
	 * Deposits the file. A retention or access mode the archivist left empty keeps the
	 * file's own; returns false when the file was already deposited.
	 */
	public boolean deposit(long fileId, String maintenanceCode, Integer years, String accessMode, String archivist) {
		RecordFile file = this.files.require(fileId);
		// The archivist's entries passed AppraisalInputCheck; left empty, the file's own
		// stay.
		RetentionPeriod period = (maintenanceCode == null || maintenanceCode.isBlank())
				? RetentionPeriod.of(file.maintenanceCode(), file.retentionYears())
				: RetentionPeriod.of(maintenanceCode, years);
		String mode = (accessMode == null || accessMode.isBlank()) ? file.accessMode() : accessMode;
		boolean done = this.files.deposit(fileId, period.code(), period.years(), mode);
		if (done) {
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("maintenanceCode", period.code());
			details.put("retentionYears", period.years());
			details.put("accessMode", mode);
			details.put("archivist", archivist);
			details.put("retentionChanged", !period.code().equals(file.maintenanceCode()));
			this.audit.record(AuditAction.FILE_DEPOSITED, "record_file", file.fileCode(), file.agencyId(), details);
		}
		return done;
	}

	/** The unit keeps the file back, at most as long as the rules allow. */
	public LocalDate retain(long fileId, LocalDate until, String approval, String archivist) {
		RecordFile file = this.files.require(fileId);
		LocalDate latest = LocalDate.now(this.clock).plus(this.deadlines.maxRetainedByUnit());
		LocalDate effective = (until == null || until.isAfter(latest)) ? latest : until;
		if (this.files.retain(fileId, effective, approval)) {
			this.audit.record(AuditAction.FILE_RETAINED_BY_UNIT, "record_file", file.fileCode(), file.agencyId(),
					Map.of("until", effective.toString(), "approval", String.valueOf(approval), "archivist",
							String.valueOf(archivist)));
		}
		return effective;
	}

}
