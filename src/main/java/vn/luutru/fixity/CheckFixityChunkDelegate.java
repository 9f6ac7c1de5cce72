package vn.luutru.fixity;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * {@code Task_CheckChunk} of {@code fixity-audit}: re-hashes one chunk of objects, both
 * copies; sets more and the progress variables Cockpit shows; gives the managers a task
 * for each incident raised so far.
 */
@Component
class CheckFixityChunkDelegate implements JavaDelegate {

	private final FixityAudit fixity;

	private final FixityProcessStarter starter;

	CheckFixityChunkDelegate(FixityAudit fixity, FixityProcessStarter starter) {
		this.fixity = fixity;
		this.starter = starter;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long cycleId = ((Number) execution.getVariable(FixityVariables.CYCLE_ID)).longValue();
		execution.setVariable(FixityVariables.MORE, this.fixity.checkChunk(cycleId));
		execution.setVariables(FixityProgress.of(this.fixity.cycle(cycleId), Instant.now()).cockpitVariables());
		this.starter.startIncidentTasks(cycleId);
	}

}
