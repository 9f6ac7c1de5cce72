package vn.luutru.audit;

/**
 * What an audit event records. The name is what the chain stores and signs, so a constant
 * is never renamed: add a new one instead.
 */
public enum AuditAction {

	// Agencies and users
	AGENCY_CREATED, AGENCY_UPDATED, USER_CREATED,

	// Retention schedule and file plans
	RETENTION_RULE_CREATED, RETENTION_RULE_UPDATED, RETENTION_RULE_DEACTIVATED, RETENTION_SCHEDULE_IMPORTED,
	PLAN_ITEM_CREATED, PLAN_ITEM_UPDATED, PLAN_ITEM_DELETED, FILE_PLAN_IMPORTED,

	// Record files and documents
	FILE_OPENED, FILE_CLOSED, FILE_DEPOSITED, FILE_RETAINED_BY_UNIT, FILE_RETENTION_EXTENDED, FILE_TRANSFERRED,
	FILE_DESTROYED, DOCUMENT_CAPTURED,

	// Batches, packages, holds and tasks
	BATCH_OPENED, BATCH_DECIDED, BATCH_RETURNED, BATCH_FILE_REMOVED, BATCH_FILE_DROPPED_HOLD,
	BATCH_FILE_DROPPED_NOT_DUE, PACKAGE_BUILT, HOLD_PLACED, HOLD_LIFTED, TASK_COMPLETED,

	// The audit chain itself
	AUDIT_KEY_ROTATED

}
