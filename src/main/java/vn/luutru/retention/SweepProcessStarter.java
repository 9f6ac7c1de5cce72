package vn.luutru.retention;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.process.ProcessKeys;
import vn.luutru.process.Variables;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.CurrentUsers;
import vn.luutru.security.Role;

/** Starts the retention sweep on demand, and the archivists' warning task per agency. */
@Component
class SweepProcessStarter {

	private final RuntimeService runtime;

	private final SweepService sweeps;

	SweepProcessStarter(RuntimeService runtime, SweepService sweeps) {
		this.runtime = runtime;
		this.sweeps = sweeps;
	}

	/**
	 * An archivist sweeps his own agency; an administrator every agency. Managers only
	 * read (DESIGN.md §1): they are refused.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ARCHIVIST','ADMIN')")
	SweepRun startOnDemand() {
		CurrentUser user = CurrentUsers.require();
		Long scope = user.has(Role.ADMIN) ? null : user.agencyId();
		if (scope == null && !user.has(Role.ADMIN)) {
			// Without an agency, an archivist's sweep would cover every agency.
			throw new AccessDeniedException("archivist without an agency");
		}
		SweepRun run = this.sweeps.open(user.userId(), scope);
		ProcessInstance instance = this.runtime.startProcessInstanceByMessage(ProcessKeys.SWEEP_REQUESTED,
				"SWEEP-" + run.id(), Map.of(Variables.SWEEP_ID, run.id()));
		this.sweeps.linkProcess(run.id(), instance.getId());
		return this.sweeps.require(run.id());
	}

	/** Starts a warning for the agency unless one is still waiting; true when started. */
	boolean warn(AgencyDueCount due, long sweepId) {
		long open = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(ProcessKeys.DUE_WARNING)
			.variableValueEquals(Variables.AGENCY_CODE, due.agencyCode())
			.active()
			.count();
		if (open > 0) {
			return false;
		}
		this.runtime.startProcessInstanceByKey(ProcessKeys.DUE_WARNING, "WARN-" + due.agencyCode() + "-" + sweepId,
				Map.of(Variables.AGENCY_CODE, due.agencyCode(), Variables.SWEEP_ID, sweepId, "upcoming", due.upcoming(),
						"overdue", due.overdue()));
		return true;
	}

}
