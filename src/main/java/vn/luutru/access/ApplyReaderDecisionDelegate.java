package vn.luutru.access;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;

import org.springframework.stereotype.Component;

/**
 * {@code Task_ApplyReaderDecision} of reader-registration: the reader becomes approved or
 * refused, as the archive officer who completed {@code Task_ApproveReader} decided.
 */
@Component
class ApplyReaderDecisionDelegate implements JavaDelegate {

	private final ReaderRegistration registration;

	ApplyReaderDecisionDelegate(ReaderRegistration registration) {
		this.registration = registration;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Authentication who = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		this.registration.apply((String) execution.getVariable(AccessProcessStarter.READER_ID),
				(String) execution.getVariable(AccessProcessStarter.READER_DECISION),
				(String) execution.getVariable(AccessProcessStarter.REJECTION_REASON),
				(who != null) ? who.getUserId() : null);
	}

}
