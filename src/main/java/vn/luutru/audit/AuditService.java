package vn.luutru.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
		// Lock last: the head row serialises every writer, so hold it for as short as we
		// can.
		append(this.mapper.lockHead(), action.name(), entityType, entityId, agencyId, details);
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
		append(head, AuditAction.AUDIT_KEY_ROTATED.name(), "audit-key", current, null,
				Map.of("from", head.keyId(), "to", current));
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

	private void append(AuditHead head, String action, String entityType, Object entityId, Long agencyId,
			Map<String, ?> details) {
		takeUpRotation(head);
		AuditKey key = this.keys.current();
		AuditEventRow row = new AuditEventRow();
		// Whole seconds: MariaDB through Connector/J keeps no fractions, and the hash
		// must survive the round trip through every supported database.
		row.occurredAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		row.actor = actor();
		row.action = action;
		row.entityType = entityType;
		row.entityId = String.valueOf(entityId);
		row.agencyId = agencyId;
		row.details = toJson(details);
		row.prevHash = head.lastHash();
		row.keyId = key.id();
		row.hash = AuditHash.signed(key, new AuditEvent(null, row.occurredAt, row.actor, row.action, row.entityType,
				row.entityId, row.agencyId, row.details, row.prevHash, null, row.keyId));
		this.mapper.insert(row);
		this.mapper.updateHead(row.id, row.hash, key.id(), AuditHash.head(key, row.id, row.hash));
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
