package vn.luutru.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What someone who can write the database does to the audit tables, and the undo, so that
 * tests sharing one application leave the chain as they found it.
 */
final class AuditTampering implements AutoCloseable {

	private static final String COLUMNS = "id, occurred_at, actor, action, entity_type, entity_id, agency_id, details,"
			+ " prev_hash, hash, key_id";

	private final JdbcTemplate jdbc;

	private final long fromId;

	private final List<Map<String, Object>> tail;

	private final Map<String, Object> head;

	/** Remembers every event from {@code fromId} on, and the head row. */
	AuditTampering(JdbcTemplate jdbc, long fromId) {
		this.jdbc = jdbc;
		this.fromId = fromId;
		this.tail = jdbc.queryForList("select " + COLUMNS + " from lt_audit_event where id >= ? order by id", fromId);
		this.head = jdbc.queryForMap("select last_event_id, last_hash, key_id, mac from lt_audit_head where id = 1");
	}

	void deleteFrom(long id) {
		this.jdbc.update("delete from lt_audit_event where id >= ?", id);
	}

	/** Sets the head row to an event, signing it with the key when there is one. */
	void pointHeadAt(long eventId, String hash, AuditKey key) {
		this.jdbc.update("update lt_audit_head set last_event_id = ?, last_hash = ?, key_id = ?, mac = ? where id = 1",
				eventId, hash, (key != null) ? key.id() : this.head.get("key_id"),
				(key != null) ? AuditHash.head(key, eventId, hash) : this.head.get("mac"));
	}

	/**
	 * Rewrites the events (oldest first) with {@code rewrite}, chaining each new hash
	 * into the next, and points the head at the last; {@code hasher} makes the hash.
	 */
	void rewrite(List<AuditEvent> events, String keyId, java.util.function.Function<AuditEvent, String> hasher,
			java.util.function.UnaryOperator<AuditEvent> rewrite) {
		String prev = events.get(0).prevHash();
		List<AuditEvent> done = new ArrayList<>();
		for (AuditEvent original : events) {
			AuditEvent e = rewrite.apply(original);
			e = new AuditEvent(e.id(), e.occurredAt(), e.actor(), e.action(), e.entityType(), e.entityId(),
					e.agencyId(), e.details(), prev, null, keyId);
			String hash = hasher.apply(e);
			this.jdbc.update("update lt_audit_event set details = ?, prev_hash = ?, hash = ?, key_id = ? where id = ?",
					e.details(), prev, hash, keyId, e.id());
			prev = hash;
			done.add(e);
		}
		this.jdbc.update("update lt_audit_head set last_event_id = ?, last_hash = ? where id = 1",
				done.get(done.size() - 1).id(), prev);
	}

	@Override
	public void close() {
		this.jdbc.update("delete from lt_audit_event where id >= ?", this.fromId);
		for (Map<String, Object> e : this.tail) {
			this.jdbc.update("insert into lt_audit_event (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					e.get("id"), e.get("occurred_at"), e.get("actor"), e.get("action"), e.get("entity_type"),
					e.get("entity_id"), e.get("agency_id"), e.get("details"), e.get("prev_hash"), e.get("hash"),
					e.get("key_id"));
		}
		this.jdbc.update("update lt_audit_head set last_event_id = ?, last_hash = ?, key_id = ?, mac = ? where id = 1",
				this.head.get("last_event_id"), this.head.get("last_hash"), this.head.get("key_id"),
				this.head.get("mac"));
	}

}
