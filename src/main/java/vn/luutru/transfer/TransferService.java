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
import vn.luutru.file.RecordFile;
import vn.luutru.file.RecordFileLifecycle;

/**
 * Transfer of permanent files to the historical archive: the head's changes to the list,
 * and the change of custody once the archive accepted and the package checked out.
 */
@Service
@Transactional
public class TransferService {

	private final BatchService batches;

	private final RecordFileLifecycle files;

	private final AgencyDirectory agencies;

	private final AuditService audit;

	TransferService(BatchService batches, RecordFileLifecycle files, AgencyDirectory agencies, AuditService audit) {
		this.batches = batches;
		this.files = files;
		this.agencies = agencies;
		this.audit = audit;
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
	 * Moves every file still on the list into the historical archive's custody, dropping
	 * any held meanwhile. Safe to retry: moved files are no longer on the list.
	 */
	public int changeCustody(long batchId) {
		this.batches.dropHeld(batchId);
		Batch batch = this.batches.require(batchId);
		Agency archive = this.agencies.historicalArchive()
			.orElseThrow(() -> new IllegalStateException("no agency is flagged as the historical archive"));
		int moved = 0;
		for (RecordFile f : this.batches.files(batchId)) {
			if (this.files.transferCustody(f.id(), batchId, archive.id())) {
				this.batches.markItem(batchId, f.id(), BatchItemStatus.TRANSFERRED, null);
				this.audit.record(AuditAction.FILE_TRANSFERRED, "record_file", f.fileCode(), f.agencyId(),
						Map.of("batch", batch.code(), "custody", archive.code()));
				moved++;
			}
		}
		this.batches.changeStatus(batchId, BatchStatus.PACKAGED, BatchStatus.TRANSFERRED);
		return moved;
	}

}
