package vn.luutru.batch;

import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditEvent;
import vn.luutru.audit.AuditService;

/**
 * Who took a batch's decisions, as the audit trail recorded them: the batch row keeps
 * only the last decider (the head overwrites the council), the trail keeps each.
 */
@Component
public class BatchDeciders {

	private final AuditService audit;

	private final ObjectMapper json;

	BatchDeciders(AuditService audit, ObjectMapper json) {
		this.audit = audit;
		this.json = json;
	}

	/** The user who took the batch to this status, the latest when several did. */
	public Optional<String> who(Batch batch, BatchStatus status) {
		// newest first: a decision taken again (after a retry) names its last taker
		for (AuditEvent event : this.audit.forEntity("batch", batch.code())) {
			if (AuditAction.BATCH_DECIDED.name().equals(event.action()) && event.details() != null) {
				JsonNode details = read(event.details());
				if (status.name().equals(details.path("status").asText())) {
					String by = details.path("by").asText(null);
					return (BatchLetterhead.isPerson(by) && !"null".equals(by)) ? Optional.of(by) : Optional.empty();
				}
			}
		}
		return Optional.empty();
	}

	private JsonNode read(String details) {
		try {
			return this.json.readTree(details);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("unreadable audit details: " + details, ex);
		}
	}

}
