package vn.luutru.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.ibatis.cursor.Cursor;

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

	private static final int MAX_DETAILS = 4000;

	private final AuditMapper mapper;

	private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
		.configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
		.configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);

	AuditService(AuditMapper mapper) {
		this.mapper = mapper;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String entityType, Object entityId, Long agencyId, Map<String, ?> details) {
		// Lock last: the head row serialises every writer, so hold it for as short as we
		// can.
		AuditHead head = this.mapper.lockHead();
		AuditEventRow row = new AuditEventRow();
		// Whole seconds: MariaDB through Connector/J keeps no fractions, and the hash
		// must
		// survive the round trip through every supported database.
		row.occurredAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		row.actor = actor();
		row.action = action;
		row.entityType = entityType;
		row.entityId = String.valueOf(entityId);
		row.agencyId = agencyId;
		row.details = toJson(details);
		row.prevHash = head.lastHash();
		row.hash = AuditHash.of(new AuditEvent(null, row.occurredAt, row.actor, row.action, row.entityType,
				row.entityId, row.agencyId, row.details, row.prevHash, null));
		this.mapper.insert(row);
		this.mapper.updateHead(row.id, row.hash);
	}

	@Transactional(readOnly = true)
	public AuditVerification verify() {
		String expectedPrev = AuditHash.GENESIS;
		long checked = 0;
		try (Cursor<AuditEvent> events = this.mapper.streamAll()) {
			for (AuditEvent e : events) {
				if (!e.prevHash().equals(expectedPrev)) {
					return AuditVerification.broken(checked, e.id(), "PREVIOUS_EVENT_MISSING_OR_ALTERED",
							"Sự kiện #" + e.id() + " không nối tiếp sự kiện trước: có sự kiện bị xoá hoặc sửa"
									+ " / Event #" + e.id() + " does not follow the previous event:"
									+ " an event was deleted or altered");
				}
				if (!AuditHash.of(e).equals(e.hash())) {
					return AuditVerification.broken(checked, e.id(), "EVENT_ALTERED", "Sự kiện #" + e.id()
							+ " đã bị sửa sau khi ghi / Event #" + e.id() + " was altered after it was written");
				}
				expectedPrev = e.hash();
				checked++;
			}
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		AuditHead head = this.mapper.findHead();
		if (!head.lastHash().equals(expectedPrev)) {
			return AuditVerification.broken(checked, head.lastEventId(), "LATEST_EVENTS_MISSING",
					"Các sự kiện cuối cùng (đến #" + head.lastEventId() + ") đã bị xoá / The latest events (up to #"
							+ head.lastEventId() + ") were deleted");
		}
		return AuditVerification.ok(checked);
	}

	@Transactional(readOnly = true)
	public List<AuditEvent> forEntity(String entityType, String entityId) {
		return this.mapper.findByEntity(entityType, entityId, 500);
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
