package vn.luutru.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the audit trail. Every change calls {@link #record} inside its own transaction,
 * so the record and its audit event commit together or not at all.
 */
@Service
public class AuditService {

	private static final Logger log = LoggerFactory.getLogger(AuditService.class);

	private static final int MAX_DETAILS = 4000;

	private final AuditMapper mapper;

	private final AuditKeys keys;

	private final AuditChainCheck check;

	/** Binds the events deferred to the commit of the current transaction. */
	private final Object deferredKey = new Object();

	private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
		.configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
		.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);

	AuditService(AuditMapper mapper, AuditKeys keys, AuditChainCheck check) {
		this.mapper = mapper;
		this.keys = keys;
		this.check = check;
	}

	/** The action is a type: a misspelt action does not compile. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditAction action, String entityType, Object entityId, Long agencyId, Map<String, ?> details) {
		Pending event = new Pending(action.name(), entityType, entityId, agencyId, details, actor());
		@SuppressWarnings("unchecked")
		List<Pending> deferred = (List<Pending>) TransactionSynchronizationManager.getResource(this.deferredKey);
		if (deferred != null) {
			deferred.add(event);
			return;
		}
		// Lock last: the head row serialises every writer, so hold it for as short as we
		// can.
		append(this.mapper.lockHead(), event);
	}

	/**
	 * From now on in the current transaction, events are kept and written together just
	 * before it commits, in the order recorded, under one lock of the chain's head: a
	 * bulk step of many changes (a chunk of an intake) holds the head, which every writer
	 * waits for, only while its events are written, not for the whole step. The events
	 * still commit with the changes or not at all; each keeps the actor who made it, and
	 * takes the time of the commit.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void deferToCommit() {
		if (TransactionSynchronizationManager.hasResource(this.deferredKey)) {
			return;
		}
		List<Pending> deferred = new ArrayList<>();
		TransactionSynchronizationManager.bindResource(this.deferredKey, deferred);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void beforeCommit(boolean readOnly) {
				TransactionSynchronizationManager.unbindResource(AuditService.this.deferredKey);
				if (!deferred.isEmpty()) {
					// The head row is written once, after the last event: under its lock
					// no
					// other writer sees the events in between.
					AuditHead head = AuditService.this.mapper.lockHead();
					for (Pending event : deferred) {
						head = append(head, event, false);
					}
					String mac = AuditHash.head(AuditService.this.keys.byId(head.keyId()), head.lastEventId(),
							head.lastHash());
					AuditService.this.mapper.updateHead(head.lastEventId(), head.lastHash(), head.keyId(), mac);
				}
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(AuditService.this.deferredKey);
			}
		});
	}

	/** An event to write, with the actor who made it. */
	private record Pending(String action, String entityType, Object entityId, Long agencyId, Map<String, ?> details,
			String actor) {

	}

	/**
	 * Writes AUDIT_KEY_ROTATED, signed with the new key, when the chain was last signed
	 * with another key this node knows (a rotation, or the first keyed event after the
	 * plain SHA-256 ones). Decided under the head lock, so that two nodes starting
	 * together write it once.
	 */
	@Transactional
	Optional<String> adoptCurrentKey() {
		AuditHead head = this.mapper.lockHead();
		String current = this.keys.current().id();
		if (head.lastEventId() == 0 || head.keyId().equals(current)) {
			return Optional.empty();
		}
		if (!AuditHash.LEGACY.equals(head.keyId()) && this.keys.byId(head.keyId()) == null) {
			log.error("The audit chain was last signed with key {}, which this node does not hold: give every node"
					+ " the same key (luutru.audit.key-file or LUUTRU_AUDIT_KEY) and the retired ones"
					+ " (luutru.audit.retired-keys), or verification will fail", head.keyId());
			return Optional.empty();
		}
		append(head, new Pending(AuditAction.AUDIT_KEY_ROTATED.name(), "audit-key", current, null,
				Map.of("from", head.keyId(), "to", current), actor()));
		return Optional.of(head.keyId());
	}

	@Transactional(readOnly = true)
	public AuditVerification verify() {
		return this.check.run();
	}

	@Transactional(readOnly = true)
	public List<AuditEvent> forEntity(String entityType, String entityId) {
		return this.mapper.findByEntity(entityType, entityId, 500);
	}

	/** Appends the event after the head and writes the new head; returns it. */
	private AuditHead append(AuditHead head, Pending event) {
		return append(head, event, true);
	}

	/**
	 * Appends the event after the head; returns the new head, written (and its MAC
	 * computed) only if {@code writeHead}: the caller writes the last of several.
	 */
	private AuditHead append(AuditHead head, Pending event, boolean writeHead) {
		takeUpRotation(head);
		AuditKey key = this.keys.current();
		AuditEventRow row = new AuditEventRow();
		// Whole seconds: MariaDB through Connector/J keeps no fractions, and the hash
		// must survive the round trip through every supported database.
		row.occurredAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		row.actor = event.actor();
		row.action = event.action();
		row.entityType = event.entityType();
		row.entityId = String.valueOf(event.entityId());
		row.agencyId = event.agencyId();
		row.details = toJson(event.details());
		row.prevHash = head.lastHash();
		row.keyId = key.id();
		row.hash = AuditHash.signed(key, new AuditEvent(null, row.occurredAt, row.actor, row.action, row.entityType,
				row.entityId, row.agencyId, row.details, row.prevHash, null, row.keyId));
		this.mapper.insert(row);
		if (!writeHead) {
			return new AuditHead(row.id, row.hash, key.id(), null);
		}
		String mac = AuditHash.head(key, row.id, row.hash);
		this.mapper.updateHead(row.id, row.hash, key.id(), mac);
		return new AuditHead(row.id, row.hash, key.id(), mac);
	}

	/**
	 * A chain last signed with a key this node does not hold was rotated by another node:
	 * with a shared key folder this node takes the new key up before it signs, so that no
	 * event after a rotation is signed with the retired key.
	 */
	private void takeUpRotation(AuditHead head) {
		String last = head.keyId();
		if (head.lastEventId() == 0 || last == null || AuditHash.LEGACY.equals(last) || this.keys.byId(last) != null) {
			return;
		}
		try {
			this.keys.takeUp(last);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String actor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return (auth != null && auth.getName() != null) ? auth.getName() : "system";
	}

	private String toJson(Map<String, ?> details) {
		if (details == null || details.isEmpty()) {
			return null;
		}
		try {
			String text = this.json.writeValueAsString(details);
			return (text.length() > MAX_DETAILS) ? text.substring(0, MAX_DETAILS) : text;
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

}
