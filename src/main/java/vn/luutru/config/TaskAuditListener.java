package vn.luutru.config;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

import org.springframework.stereotype.Component;

import vn.luutru.agency.AgencyDirectory;
import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.process.Variables;

/**
 * On every user task's completion: records who decided ({@code decidedBy}) for the steps
 * that follow, and writes the decision and comment to the audit trail, in the engine's
 * transaction.
 */
@Component("taskAuditListener")
class TaskAuditListener implements TaskListener {

	private final IdentityService identityService;

	private final AuditService audit;

	private final AgencyDirectory agencies;

	TaskAuditListener(IdentityService identityService, AuditService audit, AgencyDirectory agencies) {
		this.identityService = identityService;
		this.audit = audit;
		this.agencies = agencies;
	}

	@Override
	public void notify(DelegateTask task) {
		Authentication auth = this.identityService.getCurrentAuthentication();
		String user = (auth != null) ? auth.getUserId() : task.getAssignee();
		task.getExecution().setVariable(Variables.DECIDED_BY, user);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("task", task.getName());
		details.put("user", String.valueOf(user));
		details.put("decision", String.valueOf(task.getVariable("decision")));
		details.put("comment", String.valueOf(task.getVariable("comment")));
		details.put("businessKey", String.valueOf(task.getExecution().getProcessBusinessKey()));
		Long agencyId = (task.getTenantId() != null)
				? this.agencies.findByCode(task.getTenantId()).map((a) -> a.id()).orElse(null) : null;
		this.audit.record(AuditAction.TASK_COMPLETED, "task", task.getTaskDefinitionKey(), agencyId, details);
	}

}
