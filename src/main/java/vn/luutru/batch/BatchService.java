package vn.luutru.batch;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.NotFoundException;
import vn.luutru.file.DueAction;
import vn.luutru.file.RecordFile;
import vn.luutru.file.RecordFileLifecycle;

/**
 * Opens batches of due files and keeps each file's place on a batch's list. Every change
 * is conditional on the state it expects, so that a retried process step changes nothing
 * twice.
 */
@Service
@Transactional
public class BatchService {

	static final String HOLD_NOTE = "Bị phong tỏa (legal hold) sau khi lập danh mục, đưa ra khỏi lô / "
			+ "Put on hold after listing, dropped from the batch";

	private final BatchMapper mapper;

	private final RecordFileLifecycle files;

	private final AuditService audit;

	private final Clock clock;

	BatchService(BatchMapper mapper, RecordFileLifecycle files, AuditService audit, Clock clock) {
		this.mapper = mapper;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Opens a batch with every due, unheld and unbatched file of an agency; null when no
	 * file is left (another sweep took them, or none is due). Only the batch's items are
	 * written: its first step claims the files ({@link BatchClaims}).
	 */
	public Batch openDue(BatchKind kind, long agencyId, DueAction action, LocalDate today, Long sweepId, String actor) {
		LocalDate dueBy = this.files.batchHorizon(action, today);
		NewBatch batch = new NewBatch();
		batch.kind = kind;
		batch.code = "TMP-" + UUID.randomUUID();
		batch.agencyId = agencyId;
		batch.status = BatchStatus.LISTED;
		batch.sweepId = sweepId;
		batch.createdAt = Instant.now(this.clock);
		batch.createdBy = actor;
		batch.dueBy = dueBy;
		this.mapper.insert(batch);
		int items = this.mapper.insertDueItems(batch.id, agencyId, action, dueBy,
				(kind == BatchKind.DESTRUCTION) ? "EXPIRED" : null);
		if (items == 0) {
			this.mapper.delete(batch.id);
			return null;
		}
		Batch created = this.mapper.findById(batch.id);
		String code = kind.prefix() + "-" + created.agencyCode() + "-" + today.getYear() + "-" + batch.id;
		this.mapper.setCode(batch.id, code);
		this.mapper.setFileCount(batch.id, items);
		return this.mapper.findById(batch.id);
	}

	/**
	 * The batches whose files are not claimed yet, oldest first. A sweep leaves their
	 * agencies out until then, so that no file is on the list of two open batches.
	 */
	public List<Batch> awaitingClaim() {
		return this.mapper.findAwaitingClaim();
	}

	/**
	 * Records the opening of batches. Called once a sweep has opened them all: the audit
	 * chain's head is locked from the first audit event to the commit, so a long sweep
	 * takes it last.
	 */
	public void auditOpened(List<Batch> opened, Long sweepId) {
		for (Batch b : opened) {
			this.audit.record(AuditAction.BATCH_OPENED, "batch", b.code(), b.agencyId(),
					Map.of("kind", b.kind().name(), "files", b.fileCount(), "sweepId", String.valueOf(sweepId)));
		}
	}

	public Batch require(long id) {
		Batch batch = this.mapper.findById(id);
		if (batch == null) {
			throw new NotFoundException("batch", id);
		}
		return batch;
	}

	/** The files still on the batch's list. */
	public List<RecordFile> files(long batchId) {
		return this.files.inBatch(batchId);
	}

	public List<BatchItem> items(long batchId) {
		return this.mapper.findItems(batchId);
	}

	public void linkProcess(long batchId, String processInstanceId) {
		this.mapper.setProcessInstance(batchId, processInstanceId);
	}

	/**
	 * Sends every file still on the list back to the agency archive, the reason visible.
	 */
	public int returnAll(long batchId, BatchStatus status, String note) {
		Batch batch = require(batchId);
		int returned = 0;
		for (RecordFile f : this.files.inBatch(batchId)) {
			if (this.files.returnFromBatch(f.id(), batchId, note)) {
				this.mapper.updateItem(batchId, f.id(), BatchItemStatus.INCLUDED, BatchItemStatus.RETURNED, note);
				returned++;
			}
		}
		this.mapper.setStatus(batchId, status);
		this.audit.record(AuditAction.BATCH_RETURNED, "batch", batch.code(), batch.agencyId(),
				Map.of("files", returned, "status", status, "note", String.valueOf(note)));
		return returned;
	}

	/** Takes one file off the list (an agency head's removal), back to the archive. */
	public boolean remove(long batchId, long fileId, String reason) {
		boolean released = this.files.returnFromBatch(fileId, batchId, reason);
		if (released) {
			this.mapper.updateItem(batchId, fileId, BatchItemStatus.INCLUDED, BatchItemStatus.REMOVED, reason);
			this.mapper.updateFileCount(batchId);
			Batch batch = require(batchId);
			this.audit.record(AuditAction.BATCH_FILE_REMOVED, "batch", batch.code(), batch.agencyId(),
					Map.of("fileId", fileId, "reason", String.valueOf(reason)));
		}
		return released;
	}

	/** Drops the files a hold froze since listing; returns their ids. */
	public List<Long> dropHeld(long batchId) {
		return dropHeld(batchId, BatchItemStatus.DROPPED_HOLD, HOLD_NOTE);
	}

	/**
	 * Takes the files a hold froze off the list, back to the agency archive, their items
	 * marked {@code as} with the note; returns their ids.
	 */
	public List<Long> dropHeld(long batchId, BatchItemStatus as, String note) {
		List<Long> held = this.mapper.findHeldFiles(batchId);
		Batch batch = require(batchId);
		for (Long fileId : held) {
			if (this.files.dropFromBatch(fileId, batchId, note)) {
				this.mapper.updateItem(batchId, fileId, BatchItemStatus.INCLUDED, as, note);
				this.audit.record(AuditAction.BATCH_FILE_DROPPED_HOLD, "batch", batch.code(), batch.agencyId(),
						Map.of("fileId", fileId));
			}
		}
		if (!held.isEmpty()) {
			this.mapper.updateFileCount(batchId);
		}
		return held;
	}

	/** How many of the batch's files ended as {@code status}. */
	public int countItems(long batchId, BatchItemStatus status) {
		return this.mapper.countItems(batchId, status);
	}

	/**
	 * Closes a packaged transfer with nothing handed over: the batch ends EMPTY, its
	 * package stays stored and is marked withdrawn with the note. False when already
	 * done.
	 */
	public boolean withdrawPackage(long batchId, String note) {
		if (this.mapper.withdrawPackage(batchId, Instant.now(this.clock), note) == 0) {
			return false;
		}
		Batch batch = require(batchId);
		this.audit.record(AuditAction.PACKAGE_WITHDRAWN, "batch", batch.code(), batch.agencyId(), Map.of("packageId",
				String.valueOf(batch.packageId()), "sha256", String.valueOf(batch.packageSha256()), "note", note));
		return true;
	}

	public void recordDecision(long batchId, BatchStatus status, String by, String note) {
		Batch batch = require(batchId);
		this.mapper.recordDecision(batchId, status, by, note, Instant.now(this.clock));
		this.audit.record(AuditAction.BATCH_DECIDED, "batch", batch.code(), batch.agencyId(),
				Map.of("status", status, "by", String.valueOf(by), "note", String.valueOf(note)));
	}

	public boolean changeStatus(long batchId, BatchStatus from, BatchStatus to) {
		return this.mapper.changeStatus(batchId, from, to) > 0;
	}

	public boolean markItem(long batchId, long fileId, BatchItemStatus to, String note) {
		return this.mapper.updateItem(batchId, fileId, BatchItemStatus.INCLUDED, to, note) > 0;
	}

	public void recordCouncilDecision(long batchId, long fileId, String decision, String maintenanceCode, Integer years,
			String note) {
		this.mapper.recordCouncilDecision(batchId, fileId, decision, maintenanceCode, years, note);
	}

	public void attachList(long batchId, String sha256) {
		this.mapper.setList(batchId, sha256);
	}

	/**
	 * The list with the council's opinions becomes the batch's list; the one the council
	 * reviewed stays referred to (council_list_sha256), never left unreferenced in the
	 * store.
	 */
	public void replaceListAfterCouncil(long batchId, String sha256) {
		this.mapper.replaceListAfterCouncil(batchId, sha256);
	}

	/**
	 * Keeps the batch's zip and, with it, where each record file's package lies in it, so
	 * that each downloads as a package of its own.
	 */
	public void attachPackage(long batchId, String packageId, String sha256, long size, List<BatchPackage> packages) {
		this.mapper.setPackage(batchId, packageId, sha256, size);
		if (!packages.isEmpty()) {
			this.mapper.insertPackages(batchId, packages);
		}
	}

	public void attachMinutes(long batchId, String sha256) {
		this.mapper.setMinutes(batchId, sha256, Instant.now(this.clock));
	}

}
