package vn.luutru.fixity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.NotFoundException;

/** Incidents with their handling history (Decree 113/2025 Art. 22). */
@Component
public class Incidents {

	private final FixityMapper mapper;

	private final AuditService audit;

	private final Clock clock;

	Incidents(FixityMapper mapper, AuditService audit, Clock clock) {
		this.mapper = mapper;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Marks the incident handled by the user, with his note, in its history (audited).
	 */
	@Transactional
	public void handled(long incidentId, String user, String note) {
		Instant now = Instant.now(this.clock);
		this.mapper.handleIncident(incidentId, user, now);
		this.mapper.insertIncidentAction(incidentId, now, user, "HANDLED", note);
		this.audit.record(AuditAction.FIXITY_INCIDENT_HANDLED, "incident", incidentId, null,
				Map.of("user", user, "note", String.valueOf(note)));
	}

	@Transactional(readOnly = true)
	public IncidentView view(long id) {
		Incident incident = this.mapper.findIncident(id);
		if (incident == null) {
			throw new NotFoundException("incident", id);
		}
		return new IncidentView(incident, this.mapper.findIncidentActions(id));
	}

	/** An incident and what was done about it, oldest first. */
	public record IncidentView(Incident incident, List<IncidentAction> history) {

	}

}
