package vn.luutru.fixity;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;

import org.springframework.stereotype.Component;

import vn.luutru.process.ProcessKeys;

/**
 * Starts {@code fixity-audit} on demand and the managers' {@code fixity-incident} tasks.
 */
@Component
class FixityProcessStarter {

	private final RuntimeService runtime;

	private final FixityMapper mapper;

	FixityProcessStarter(RuntimeService runtime, FixityMapper mapper) {
		this.runtime = runtime;
		this.mapper = mapper;
	}

	/** A cycle now, even if the last one is recent; returns the process instance id. */
	String startCycleNow() {
		return this.runtime.createMessageCorrelation(ProcessKeys.FIXITY_REQUESTED)
			.setVariable(FixityVariables.FORCE, true)
			.correlateStartMessage()
			.getId();
	}

	/**
	 * A managers' task for every incident of the cycle that has none yet, in the caller's
	 * transaction: an incident whose task start was rolled back gets it from the next
	 * chunk.
	 */
	void startIncidentTasks(long cycleId) {
		for (Incident incident : this.mapper.findIncidentsWithoutTask(IncidentKind.FIXITY, cycleId)) {
			Map<String, Object> variables = new HashMap<>();
			variables.put(FixityVariables.INCIDENT_ID, incident.id());
			variables.put(FixityVariables.CYCLE_ID, cycleId);
			variables.put(FixityVariables.FIXITY_REPORT, incident.subject() + "\n" + incident.details());
			String id = this.runtime
				.startProcessInstanceByKey(ProcessKeys.FIXITY_INCIDENT, "SC-" + incident.id(), variables)
				.getId();
			this.mapper.setIncidentProcess(incident.id(), id);
		}
	}

}
