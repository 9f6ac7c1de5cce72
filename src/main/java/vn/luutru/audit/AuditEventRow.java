package vn.luutru.audit;

import java.time.Instant;

/** Mutable row for the insert, so that MyBatis can hand back the generated id. */
class AuditEventRow {

	Long id;

	Instant occurredAt;

	String actor;

	String action;

	String entityType;

	String entityId;

	Long agencyId;

	String details;

	String prevHash;

	String hash;

	String keyId;

}
