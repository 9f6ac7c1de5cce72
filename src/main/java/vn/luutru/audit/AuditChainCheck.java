package vn.luutru.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.ibatis.cursor.Cursor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.luutru.audit.AuditCheckpoints.Reading;
import vn.luutru.common.ProblemTexts;

/**
 * Walks the chain from the first event: each event must follow the one before, carry the
 * hash its key gives it, and match every checkpoint that names it; then the head row and
 * the checkpoints beyond the last event. Stops at the first bad event, in chain order.
 */
@Component
class AuditChainCheck {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final AuditMapper mapper;

	private final AuditKeys keys;

	private final AuditCheckpoints checkpoints;

	private final ProblemTexts texts;

	private final Duration rotationGrace;

	AuditChainCheck(AuditMapper mapper, AuditKeys keys, AuditCheckpoints checkpoints, ProblemTexts texts,
			@Value("${luutru.audit.rotation-grace:PT15M}") Duration rotationGrace) {
		this.mapper = mapper;
		this.keys = keys;
		this.checkpoints = checkpoints;
		this.texts = texts;
		this.rotationGrace = rotationGrace;
	}

	AuditVerification run() {
		List<Reading> readings = this.checkpoints.readAll();
		int next = 0;
		String expectedPrev = AuditHash.GENESIS;
		long checked = 0;
		long lastId = 0;
		boolean keyed = false;
		// Key id -> when it was rotated out: a node still on it (a rolling restart) may
		// sign a little longer, a leaked old key may not sign events long after.
		Map<String, Instant> retiredAt = new HashMap<>();
		try (Cursor<AuditEvent> events = this.mapper.streamAll()) {
			for (AuditEvent e : events) {
				if (next < readings.size() && readings.get(next).eventId() < e.id()) {
					// The event a checkpoint names is gone, though the chain around it
					// holds.
					return checkpointBroken(checked, readings.get(next).eventId(), readings.get(next),
							"CHECKPOINT_MISMATCH");
				}
				String problem = checkEvent(e, expectedPrev, keyed, retiredAt);
				if (problem != null) {
					return broken(checked, e.id(), problem, e.id(), e.keyId());
				}
				keyed |= !AuditHash.LEGACY.equals(e.keyId());
				noteRotation(e, retiredAt);
				checked++;
				if (next < readings.size() && readings.get(next).eventId() == e.id()) {
					Reading r = readings.get(next++);
					if (r.problem() != null || !r.document().hash().equals(e.hash())
							|| r.document().count() != checked) {
						return checkpointBroken(checked, e.id(), r, "CHECKPOINT_MISMATCH");
					}
				}
				expectedPrev = e.hash();
				lastId = e.id();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (next < readings.size()) {
			// A checkpoint names an event beyond the last one: the tail was deleted, and
			// the
			// head row rolled back with it.
			Reading r = readings.get(next);
			return (r.problem() != null) ? checkpointBroken(checked, r.eventId(), r, null)
					: broken(checked, lastId + 1, "LATEST_EVENTS_MISSING", lastId + 1, lastId, r.eventId());
		}
		return checkHead(checked, lastId, expectedPrev, keyed);
	}

	private String checkEvent(AuditEvent e, String expectedPrev, boolean keyed, Map<String, Instant> retiredAt) {
		if (!e.prevHash().equals(expectedPrev)) {
			return "PREVIOUS_EVENT_MISSING_OR_ALTERED";
		}
		if (AuditHash.LEGACY.equals(e.keyId())) {
			if (keyed) {
				return "LEGACY_HASH_AFTER_KEYED";
			}
			return AuditHash.of(e).equals(e.hash()) ? null : "EVENT_ALTERED";
		}
		AuditKey key = this.keys.byId(e.keyId());
		if (key == null) {
			return "UNKNOWN_KEY";
		}
		if (!AuditHash.signed(key, e).equals(e.hash())) {
			return "EVENT_ALTERED";
		}
		Instant retired = retiredAt.get(e.keyId());
		if (retired != null && e.occurredAt().isAfter(retired.plus(this.rotationGrace))) {
			return "RETIRED_KEY_USED";
		}
		return null;
	}

	private static void noteRotation(AuditEvent e, Map<String, Instant> retiredAt) {
		if (!AuditAction.AUDIT_KEY_ROTATED.name().equals(e.action()) || e.details() == null) {
			return;
		}
		try {
			JsonNode details = JSON.readTree(e.details());
			retiredAt.put(details.path("from").asText(), e.occurredAt());
			retiredAt.remove(details.path("to").asText());
		}
		catch (IOException ex) {
			// Signed details are ours and valid JSON; nothing to learn from anything
			// else.
		}
	}

	private AuditVerification checkHead(long checked, long lastId, String lastHash, boolean keyed) {
		AuditHead head = this.mapper.findHead();
		if (head.lastEventId() > lastId) {
			return broken(checked, lastId + 1, "LATEST_EVENTS_MISSING", lastId + 1, lastId, head.lastEventId());
		}
		boolean signedHead;
		if (AuditHash.LEGACY.equals(head.keyId())) {
			signedHead = !keyed;
		}
		else {
			AuditKey key = this.keys.byId(head.keyId());
			signedHead = key != null && AuditHash.head(key, head.lastEventId(), head.lastHash()).equals(head.mac());
		}
		if (head.lastEventId() != lastId || !head.lastHash().equals(lastHash) || !signedHead) {
			// A head rolled back to an earlier event, without the key to sign it: the
			// latest events were deleted.
			return broken(checked, lastId + 1, "LATEST_EVENTS_MISSING", lastId + 1, lastId, lastId + 1);
		}
		return AuditVerification.ok(checked, this.texts.vi("audit.intact") + " / " + this.texts.en("audit.intact"));
	}

	private AuditVerification checkpointBroken(long checked, long position, Reading r, String otherwise) {
		if (r.problem() == null) {
			return broken(checked, position, otherwise, position, r.row().createdAt());
		}
		Object detail = "UNKNOWN_KEY".equals(r.problem()) ? r.document().keyId() : r.row().createdAt();
		return broken(checked, position, r.problem(), position, detail);
	}

	private AuditVerification broken(long checked, long position, String reason, Object... args) {
		Object[] shown = Arrays.stream(args).map(String::valueOf).toArray();
		String code = "audit.broken." + reason;
		return AuditVerification.broken(checked, position, reason,
				this.texts.vi(code, shown) + " / " + this.texts.en(code, shown));
	}

}
