package vn.luutru.batch;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.NotFoundException;
import vn.luutru.file.DueAction;
import vn.luutru.file.RecordFileLifecycle;

/**
 * The first step of a batch's process claims the files the sweep put on its list: one
 * set-based update per batch, each file checked again, and the items of files that no
 * longer qualify dropped with a note. The sweep itself writes only the items, so that a
 * backlog of hundreds of thousands of files is batched in seconds and the file rows are
 * written batch by batch, in the batches' own transactions.
 */
@Service
@Transactional
public class BatchClaims {

	static final String HELD_NOTE = "Bị phong tỏa (legal hold) trước khi lập danh mục, đưa ra khỏi lô / "
			+ "Put on hold before listing, dropped from the batch";

	static final String NOT_DUE_NOTE = "Không còn đến hạn hoặc đã thay đổi trước khi lập danh mục, đưa ra khỏi lô / "
			+ "No longer due or changed before listing, dropped from the batch";

	private final BatchMapper mapper;

	private final BatchService batches;

	private final RecordFileLifecycle files;

	private final AuditService audit;

	private final Clock clock;

	BatchClaims(BatchMapper mapper, BatchService batches, RecordFileLifecycle files, AuditService audit, Clock clock) {
		this.mapper = mapper;
		this.batches = batches;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Claims the batch's files once, in a transaction of its own that commits before the
	 * list is built: the files' rows are locked for the claim only, so a hold placed
	 * while a large list is written does not wait for it, and a list step that fails
	 * after the claim keeps the claim and its audit events. A retried step finds the
	 * batch claimed and only drops the files put on hold since. Returns false when no
	 * file is left: the batch is then closed EMPTY and its process ends with nothing to
	 * list.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean claim(long batchId) {
		if (this.mapper.markClaimed(batchId, Instant.now(this.clock)) == 0) {
			this.batches.dropHeld(batchId);
			return keepsFiles(batchId);
		}
		Batch batch = require(batchId);
		DueAction action = (batch.kind() == BatchKind.TRANSFER) ? DueAction.TRANSFER : DueAction.DESTRUCTION_REVIEW;
		int claimed = this.files.claimForBatch(batchId, batch.agencyId(), action, batch.dueBy());
		List<Long> held = new ArrayList<>();
		List<Long> notDue = new ArrayList<>();
		if (claimed != batch.fileCount()) {
			for (UnclaimedItem item : this.mapper.findUnclaimedItems(batchId)) {
				boolean isHeld = item.onHold();
				this.mapper.updateItem(batchId, item.fileId(), BatchItemStatus.INCLUDED,
						isHeld ? BatchItemStatus.DROPPED_HOLD : BatchItemStatus.DROPPED_NOT_DUE,
						isHeld ? HELD_NOTE : NOT_DUE_NOTE);
				(isHeld ? held : notDue).add(item.fileId());
			}
			this.mapper.setFileCount(batchId, claimed);
		}
		// Audit last: the chain's head stays locked from here to this short commit.
		audit(batch, held, notDue);
		return keepsFiles(batchId);
	}

	private boolean keepsFiles(long batchId) {
		if (require(batchId).fileCount() > 0) {
			return true;
		}
		this.mapper.changeStatus(batchId, BatchStatus.LISTED, BatchStatus.EMPTY);
		return false;
	}

	/** Records the files a claim dropped, one event per file as for later drops. */
	private void audit(Batch batch, List<Long> held, List<Long> notDue) {
		for (Long fileId : held) {
			this.audit.record(AuditAction.BATCH_FILE_DROPPED_HOLD, "batch", batch.code(), batch.agencyId(),
					Map.of("fileId", fileId, "when", "claim"));
		}
		for (Long fileId : notDue) {
			this.audit.record(AuditAction.BATCH_FILE_DROPPED_NOT_DUE, "batch", batch.code(), batch.agencyId(),
					Map.of("fileId", fileId));
		}
	}

	private Batch require(long id) {
		Batch batch = this.mapper.findById(id);
		if (batch == null) {
			throw new NotFoundException("batch", id);
		}
		return batch;
	}

}
