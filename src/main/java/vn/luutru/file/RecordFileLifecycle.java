package vn.luutru.file;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.common.NotFoundException;

/**
 * The state changes of a record file after it closes, each conditional on the state it
 * expects, so that a retried step changes nothing twice (zero rows means: already done).
 * Every change re-derives the file's deadline. Callers are process steps, which check
 * permissions through the tasks people complete.
 */
@Service
@Transactional
public class RecordFileLifecycle {

	private final RecordFileMapper mapper;

	private final DueDatePolicy policy;

	private final Clock clock;

	RecordFileLifecycle(RecordFileMapper mapper, DueDatePolicy policy, Clock clock) {
		this.mapper = mapper;
		this.policy = policy;
		this.clock = clock;
	}

	public RecordFile require(long id) {
		RecordFile file = this.mapper.findById(id);
		if (file == null) {
			throw new NotFoundException("record_file", id);
		}
		return file;
	}

	public List<RecordFile> inBatch(long batchId) {
		return this.mapper.findByBatch(batchId);
	}

	/**
	 * Receives a closed (or kept back) file into the agency archive with its confirmed
	 * retention.
	 */
	public boolean deposit(long id, String maintenanceCode, Integer retentionYears, String accessMode) {
		return changed(id,
				this.mapper.deposit(id, maintenanceCode, retentionYears, accessMode, Instant.now(this.clock)));
	}

	/** The unit keeps the file back until a date, with the approval recorded. */
	public boolean retain(long id, LocalDate until, String approval) {
		return changed(id, this.mapper.retain(id, until, approval));
	}

	public List<DueGroup> dueGroups(LocalDate today) {
		return this.mapper.findDueGroups(today, this.policy.batchHorizon(DueAction.TRANSFER, today));
	}

	/** The last deadline a batch opened today takes files up to, for an action. */
	public LocalDate batchHorizon(DueAction action, LocalDate today) {
		return this.policy.batchHorizon(action, today);
	}

	/**
	 * Claims for a batch the files on its list that still qualify: deposited, unheld, in
	 * no batch, due for the action by the batch's date. Returns how many; set-based, and
	 * a claimed file is never claimed again.
	 */
	public int claimForBatch(long batchId, long agencyId, DueAction action, LocalDate dueBy) {
		FileStatus next = (action == DueAction.TRANSFER) ? FileStatus.TRANSFER_PENDING
				: FileStatus.UNDER_DESTRUCTION_REVIEW;
		return this.mapper.claimForBatch(batchId, agencyId, action, dueBy, next);
	}

	/**
	 * Sends a file back from a batch to the agency archive (taken off the list, or the
	 * list rejected), with the reason shown; sweeps list it again only after the
	 * cool-off.
	 */
	public boolean returnFromBatch(long id, long batchId, String note) {
		return changed(id, this.mapper.releaseFromBatch(id, batchId, note, LocalDate.now(this.clock)));
	}

	/**
	 * Drops a file put on hold from its batch; once the hold is lifted it is due as
	 * before.
	 */
	public boolean dropFromBatch(long id, long batchId, String note) {
		return changed(id, this.mapper.releaseFromBatch(id, batchId, note, null));
	}

	public boolean transferCustody(long id, long batchId, long historicalArchiveId) {
		return changed(id, this.mapper.transferCustody(id, batchId, historicalArchiveId, Instant.now(this.clock)));
	}

	/**
	 * A deposited file received from an agency that does not run LuuTru (no batch):
	 * straight into the historical archive's custody.
	 */
	public boolean receiveCustody(long id, long historicalArchiveId) {
		return changed(id, this.mapper.receiveCustody(id, historicalArchiveId, Instant.now(this.clock)));
	}

	public boolean markDestroyed(long id, long batchId) {
		return changed(id, this.mapper.markDestroyed(id, batchId, Instant.now(this.clock)));
	}

	/**
	 * The council extends the file's retention: back to the archive with a new deadline.
	 */
	public boolean extend(long id, long batchId, String maintenanceCode, Integer retentionYears) {
		return changed(id, this.mapper.extend(id, batchId, maintenanceCode, retentionYears));
	}

	/** Recomputes and stores the file's deadline from its current state and retention. */
	public void refreshDue(long id) {
		RecordFile file = require(id);
		DueDatePolicy.Due due = this.policy.of(file);
		this.mapper.updateDue(id, (due != null) ? due.on() : null, (due != null) ? due.action() : null);
	}

	private boolean changed(long id, int rows) {
		if (rows > 0) {
			refreshDue(id);
		}
		return rows > 0;
	}

}
