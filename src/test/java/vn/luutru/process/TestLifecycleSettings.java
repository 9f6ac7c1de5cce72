package vn.luutru.process;

/**
 * Stands in for the {@code lifecycleSettings} bean the models read their timers from,
 * with the periods of {@code application.yaml}.
 */
public class TestLifecycleSettings {

	static final String APPROVAL_ESCALATION = "P7D";

	static final String DESTRUCTION_DEADLINE = "P15D";

	static final String SWEEP_CRON = "0 30 1 * * ?";

	public String getSweepCron() {
		return SWEEP_CRON;
	}

	public String getApprovalEscalation() {
		return APPROVAL_ESCALATION;
	}

	public String getDestructionDeadline() {
		return DESTRUCTION_DEADLINE;
	}

}
