package vn.luutru.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Timer settings the process models read by expression
 * ({@code ${lifecycleSettings.approvalEscalation}}), so every period is a property.
 */
@Component("lifecycleSettings")
public class LifecycleSettings {

	private final String sweepCron;

	private final String approvalEscalation;

	private final String destructionDeadline;

	LifecycleSettings(@Value("${luutru.lifecycle.sweep-cron}") String sweepCron,
			@Value("${luutru.lifecycle.approval-escalation}") String approvalEscalation,
			@Value("${luutru.lifecycle.destruction-deadline}") String destructionDeadline) {
		this.sweepCron = sweepCron;
		this.approvalEscalation = approvalEscalation;
		this.destructionDeadline = destructionDeadline;
	}

	/** When the retention sweep runs (Quartz cron). */
	public String getSweepCron() {
		return this.sweepCron;
	}

	/** How long an approval may wait before the managers are told (ISO-8601 duration). */
	public String getApprovalEscalation() {
		return this.approvalEscalation;
	}

	/**
	 * How long after the decision a destruction must be carried out (ISO-8601 duration).
	 */
	public String getDestructionDeadline() {
		return this.destructionDeadline;
	}

}
