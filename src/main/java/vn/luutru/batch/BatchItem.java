package vn.luutru.batch;

/**
 * A file on a batch's list and what became of it: INCLUDED, REMOVED (by the agency head,
 * with a reason), DROPPED_HOLD, RETURNED, TRANSFERRED, DESTROYED or EXTENDED.
 */
public record BatchItem(Long id, Long batchId, Long fileId, String fileCode, String title, BatchItemStatus status,
		String reason, String decision, String newMaintenanceCode, Integer newRetentionYears, String note) {

}
