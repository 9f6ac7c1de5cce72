package vn.luutru.transfer;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.agency.Agency;
import vn.luutru.agency.AgencyDirectory;
import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.batch.BatchStatus;
import vn.luutru.batch.BatchItemStatus;
import vn.luutru.batch.Batch;
import vn.luutru.batch.BatchService;
import vn.luutru.common.ProblemTexts;
import vn.luutru.file.RecordFile;
import vn.luutru.file.RecordFileLifecycle;

/**
 * Transfer of permanent files to the historical archive: the head's changes to the list,
 * and the change of custody once the archive accepted and the package checked out (files
 * held since packaging kept back).
 */
@Service
@Transactional
public class TransferService {

	private final BatchService batches;

	private final RecordFileLifecycle files;

	private final AgencyDirectory agencies;

	private final AuditService audit;

	private final ProblemTexts texts;

	TransferService(BatchService batches, RecordFileLifecycle files, AgencyDirectory agencies, AuditService audit,
			ProblemTexts texts) {
		this.batches = batches;
		this.files = files;
		this.agencies = agencies;
		this.audit = audit;
		this.texts = texts;
	}

	/**
	 * Applies the head's approval: removed files go back with their reasons, held files
	 * are dropped. Returns how many files remain on the list.
	 */
	public int approveList(long batchId, List<RemovedFile> removed, String head, String comment) {
		for (RemovedFile r : removed) {
			this.batches.remove(batchId, r.fileId(), r.reason());
		}
		this.batches.dropHeld(batchId);
		this.batches.recordDecision(batchId, BatchStatus.APPROVED, head, comment);
		return this.batches.files(batchId).size();
	}

	/**
	 * Moves every file still on the list into the historical archive's custody. A file
	 * put on hold since packaging stays with the agency (HELD_BACK, named in the
	 * minutes); when that leaves nothing handed over, the batch ends EMPTY and its
	 * package is withdrawn with a note for the archive. Safe to retry: moved files are no
	 * longer on the list, and the counts are read from the batch's items.
	 */
	public CustodyChange changeCustody(long batchId) {
		String heldNote = bilingual("batch.note.heldBackAtCustody");
		this.batches.dropHeld(batchId, BatchItemStatus.HELD_BACK, heldNote);
		Batch batch = this.batches.require(batchId);
		Agency archive = this.agencies.historicalArchive()
			.orElseThrow(() -> new IllegalStateException("no agency is flagged as the historical archive"));
		for (RecordFile f : this.batches.files(batchId)) {
			if (this.files.transferCustody(f.id(), batchId, archive.id())) {
				this.batches.markItem(batchId, f.id(), BatchItemStatus.TRANSFERRED, null);
				this.audit.record(AuditAction.FILE_TRANSFERRED, "record_file", f.fileCode(), f.agencyId(),
						Map.of("batch", batch.code(), "custody", archive.code()));
			}
		}
		// Held while this step ran: the conditional move left it, off the list now.
		this.batches.dropHeld(batchId, BatchItemStatus.HELD_BACK, heldNote);
		CustodyChange change = new CustodyChange(this.batches.countItems(batchId, BatchItemStatus.TRANSFERRED),
				this.batches.countItems(batchId, BatchItemStatus.HELD_BACK));
		if (change.nothingTransferred()) {
			this.batches.withdrawPackage(batchId,
					bilingual("batch.note.packageWithdrawn", change.heldBack(), batch.packageId()));
		}
		else {
			this.batches.changeStatus(batchId, BatchStatus.PACKAGED, BatchStatus.TRANSFERRED);
		}
		return change;
	}

	private String bilingual(String code, Object... args) {
		return this.texts.vi(code, args) + " / " + this.texts.en(code, args);
	}

}
