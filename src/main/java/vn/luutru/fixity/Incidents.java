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
	 * Raises an incident with the first entry of its history (raised by the system) and
	 * an audit event; returns its id.
	 */
	@Transactional
	public long raise(IncidentKind kind, String subject, String details, Long cycleId, String contentSha256,
			AuditAction action, Map<String, ?> auditDetails) {
		Instant now = Instant.now(this.clock);
		FixityMapper.NewIncident incident = new FixityMapper.NewIncident(kind, subject, details, now, cycleId,
				contentSha256);
		this.mapper.insertIncident(incident);
		this.mapper.insertIncidentAction(incident.getId(), now, FixityAudit.SYSTEM, "RAISED", details);
		this.audit.record(action, "incident", incident.getId(), null, auditDetails);
		return incident.getId();
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
