package vn.luutru.fixity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

import org.springframework.stereotype.Component;

/**
 * On completion of the managers' task of {@code fixity-incident}: the incident is
 * handled, by whom and how (the comment), kept in its history.
 */
@Component("fixityIncidentHandledListener")
class FixityIncidentHandledListener implements TaskListener {

	private final IdentityService identity;

	private final Incidents incidents;

	FixityIncidentHandledListener(IdentityService identity, Incidents incidents) {
		this.identity = identity;
		this.incidents = incidents;
	}

	@Override
	public void notify(DelegateTask task) {
		Authentication auth = this.identity.getCurrentAuthentication();
		String user = (auth != null) ? auth.getUserId() : task.getAssignee();
		long incidentId = ((Number) task.getVariable(FixityVariables.INCIDENT_ID)).longValue();
		Object comment = task.getVariable("comment");
		this.incidents.handled(incidentId, (user != null) ? user : FixityAudit.SYSTEM,
				(comment != null) ? comment.toString() : null);
	}

}
