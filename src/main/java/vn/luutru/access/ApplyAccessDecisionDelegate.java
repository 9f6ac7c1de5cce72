package vn.luutru.access;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;

import org.springframework.stereotype.Component;

/**
 * {@code Task_ApplyAccessDecision} of access-request: the conditional files are granted
 * for the grant period, or the request is refused with the approver's reason.
 */
@Component
class ApplyAccessDecisionDelegate implements JavaDelegate {

	private final AccessRequests requests;

	ApplyAccessDecisionDelegate(AccessRequests requests) {
		this.requests = requests;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Authentication who = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		this.requests.apply(((Number) execution.getVariable(AccessProcessStarter.REQUEST_ID)).longValue(),
				(String) execution.getVariable(AccessProcessStarter.ACCESS_DECISION),
				(String) execution.getVariable(AccessProcessStarter.REJECTION_REASON),
				(who != null) ? who.getUserId() : null);
	}

}
