package vn.luutru.destruction;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.batch.BatchStatus;
import vn.luutru.batch.BatchItemStatus;
import vn.luutru.batch.Batch;
import vn.luutru.batch.BatchService;
import vn.luutru.document.DocumentQueries;
import vn.luutru.file.RecordFile;
import vn.luutru.file.RecordFileLifecycle;
import vn.luutru.process.Decisions;
import vn.luutru.process.StepProgress;
import vn.luutru.schedule.RetentionPeriod;

/**
 * Destruction of expired files under council review and the agency head's decision: files
 * the council keeps get a new retention; held files are dropped just before erasure; the
 * content goes, the metadata, checksums and decision stay.
 */
@Service
@Transactional
public class DestructionService {

	private final BatchService batches;

	private final RecordFileLifecycle files;

	private final DocumentQueries documents;

	private final AuditService audit;

	private final DestructionDecisionMapper decisions;

	private final DestructionSettings settings;

	private final TransactionTemplate eachFile;

	DestructionService(BatchService batches, RecordFileLifecycle files, DocumentQueries documents, AuditService audit,
			DestructionDecisionMapper decisions, DestructionSettings settings,
			PlatformTransactionManager transactions) {
		this.settings = settings;
		this.eachFile = new TransactionTemplate(transactions);
		this.batches = batches;
		this.files = files;
		this.documents = documents;
		this.audit = audit;
		this.decisions = decisions;
	}

	/**
	 * Records the council's decisions; extended files return to the archive with their
	 * new retention and deadline. Returns how many files are still proposed for
	 * destruction.
	 */
	public int applyCouncilDecisions(long batchId, List<CouncilDecision> decisions, String council) {
		Batch batch = this.batches.require(batchId);
		for (CouncilDecision d : decisions) {
			if (Decisions.EXTEND.equals(d.decision())) {
				RetentionPeriod period = RetentionPeriod.of(d.maintenanceCode(), d.years());
				if (this.files.extend(d.fileId(), batchId, period.code(), period.years())) {
					this.batches.recordCouncilDecision(batchId, d.fileId(), Decisions.EXTEND, period.code(),
							period.years(), d.note());
					this.batches.markItem(batchId, d.fileId(), BatchItemStatus.EXTENDED, d.note());
					this.audit.record(AuditAction.FILE_RETENTION_EXTENDED, "record_file", d.fileId(), batch.agencyId(),
							Map.of("batch", batch.code(), "maintenanceCode", period.code(), "years",
									String.valueOf(period.years())));
				}
			}
			else {
				this.batches.recordCouncilDecision(batchId, d.fileId(), Decisions.DESTROY, null, null, d.note());
			}
		}
		int left = this.batches.files(batchId).size();
		this.batches.recordDecision(batchId, BatchStatus.COUNCIL_REVIEWED, council, decisions.size() + " decisions");
		return left;
	}

	/**
	 * Records the agency head's approval with the number and date of the decision (kept
	 * for the minutes; absent in instances started before the task asked for them) and
	 * drops files put on hold since listing; returns how many remain.
	 */
	public int approveAndRecheckHolds(long batchId, String head, String note, String decisionNumber,
			LocalDate decisionDate) {
		this.batches.recordDecision(batchId, BatchStatus.APPROVED, head, note);
		if (decisionNumber != null && decisionDate != null) {
			this.decisions.insert(batchId, decisionNumber, decisionDate, String.valueOf(head));
		}
		this.batches.dropHeld(batchId);
		return this.batches.files(batchId).size();
	}

	/**
	 * Erases the content of the next chunk of files on the list (at most
	 * {@code luutru.destruction.erase-chunk-files}), checking holds once more right
	 * before; returns the files destroyed of all the batch had to destroy. Each file goes
	 * in a transaction of its own (its row, its item, its audit event; its bytes once
	 * that commits), conditional on its state: a step taken up again, or running twice
	 * when its lock ran out, continues with the files left and destroys none twice.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public StepProgress eraseChunk(long batchId) {
		this.documents.eraseQueued();
		this.batches.dropHeld(batchId);
		Batch batch = this.batches.require(batchId);
		List<RecordFile> chunk = this.batches.files(batchId);
		for (RecordFile f : chunk.subList(0, Math.min(chunk.size(), this.settings.eraseChunkFiles()))) {
			this.eachFile.executeWithoutResult((tx) -> erase(batch, f));
		}
		// Held while this step ran: off the list, content kept.
		this.batches.dropHeld(batchId);
		long left = this.batches.files(batchId).size();
		long destroyed = this.batches.countItems(batchId, BatchItemStatus.DESTROYED);
		return StepProgress.filesErased(destroyed, destroyed + left);
	}

	private void erase(Batch batch, RecordFile f) {
		// The row first, conditional on no hold: a hold placed this instant keeps the
		// file and its content.
		if (this.files.markDestroyed(f.id(), batch.id())) {
			int objects = this.documents.eraseContent(f.id());
			this.batches.markItem(batch.id(), f.id(), BatchItemStatus.DESTROYED, null);
			this.audit.record(AuditAction.FILE_DESTROYED, "record_file", f.fileCode(), f.agencyId(),
					Map.of("batch", batch.code(), "documents", f.docTotal(), "contentObjectsErased", objects));
		}
	}

}
