package vn.luutru.audit;

/**
 * What an audit event records. The name is what the chain stores and signs, so a constant
 * is never renamed: add a new one instead.
 */
public enum AuditAction {

	// Agencies and users
	AGENCY_CREATED, AGENCY_UPDATED, USER_CREATED, USER_DELETED, USER_DISABLED, USER_ENABLED, USER_PROFILE_CHANGED,
	USER_PASSWORD_CHANGED, USER_PASSWORD_RESET, LOGIN_LOCKED, USER_UNLOCKED,

	// Retention schedule and file plans
	RETENTION_RULE_CREATED, RETENTION_RULE_UPDATED, RETENTION_RULE_DEACTIVATED, RETENTION_SCHEDULE_IMPORTED,
	PLAN_ITEM_CREATED, PLAN_ITEM_UPDATED, PLAN_ITEM_DELETED, FILE_PLAN_IMPORTED,

	// Record files and documents
	FILE_OPENED, FILE_CLOSED, FILE_DEPOSITED, FILE_RETAINED_BY_UNIT, FILE_RETENTION_EXTENDED, FILE_TRANSFERRED,
	FILE_DESTROYED, DOCUMENT_CAPTURED,

	// Batches, packages, holds and tasks
	BATCH_OPENED, BATCH_DECIDED, BATCH_RETURNED, BATCH_FILE_REMOVED, BATCH_FILE_DROPPED_HOLD,
	BATCH_FILE_DROPPED_NOT_DUE, PACKAGE_BUILT, HOLD_PLACED, HOLD_LIFTED, TASK_COMPLETED, PACKAGE_WITHDRAWN,

	// The audit chain itself
	AUDIT_KEY_ROTATED,

	// The plan's KPIs, archive staff and the monthly reports
	KPI_TARGET_SET, STAFF_ADDED, STAFF_UPDATED, STAFF_REMOVED, STAFF_IMPORTED, MONTHLY_REPORT_SENT,

	// Bulk intake
	INTAKE_RECEIVED, INTAKE_CAPTURED, INTAKE_CANCELLED, INTAKE_RESUBMITTED,

	// Fixity audit: a copy repaired from the other, an incident raised and handled
	FIXITY_COPY_REPAIRED, FIXITY_INCIDENT_RAISED, FIXITY_INCIDENT_HANDLED,

	// Readers, access requests, grants and the holiday calendar
	READER_REGISTERED, READER_APPROVED, READER_REJECTED, ACCESS_REQUESTED, ACCESS_GRANTED, ACCESS_REJECTED,
	GRANT_REVOKED, HOLIDAY_SET, HOLIDAY_REMOVED,

	// Backup: a set written, a backup that failed (an incident)
	BACKUP_COMPLETED, BACKUP_INCIDENT_RAISED,

	// Packages handed out: a reader's DIP, a file exported to the national archive
	// database, a file that could not be, a run's failed files tried again
	DIP_ISSUED, NATIONAL_EXPORTED, NATIONAL_EXPORT_FAILED, NATIONAL_EXPORT_RETRIED,
	// A whole record file exported as PDF or XML (Decree 30 Annex VI III.4.g)
	FILE_EXPORTED,
	// Receipt of SIPs from agencies that do not run LuuTru: received, validated or found
	// invalid, accepted (registered) or rejected, an AIP written for a received file
	RECEIPT_RECEIVED, RECEIPT_VALIDATED, RECEIPT_INVALID, RECEIPT_ACCEPTED, RECEIPT_REJECTED, RECEIPT_AIP_WRITTEN

}
