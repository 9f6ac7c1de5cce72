package vn.luutru.access;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.luutru.common.ConflictException;
import vn.luutru.process.TaskInput;
import vn.luutru.process.Variables;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.Role;

/**
 * The engine side of the reading room: starts {@code reader-registration} and
 * {@code access-request}, and answers their decision tasks for an officer who decides
 * through the API, as the officer (the engine checks his group and agency, as in the
 * Tasklist).
 */
@Component
class AccessProcessStarter {

	static final String REGISTRATION = "reader-registration";

	static final String ACCESS_REQUEST = "access-request";

	static final String TASK_APPROVE_READER = "Task_ApproveReader";

	static final String TASK_DECIDE_ACCESS = "Task_DecideAccessRequest";

	static final String READER_ID = "readerId";

	static final String REQUEST_ID = "accessRequestId";

	static final String DECISION_DUE = "decisionDue";

	static final String READER_DECISION = "readerDecision";

	static final String ACCESS_DECISION = "accessDecision";

	static final String REJECTION_REASON = "rejectionReason";

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final IdentityService identity;

	private final AccessDecisionCheck check;

	AccessProcessStarter(RuntimeService runtime, TaskService tasks, IdentityService identity,
			AccessDecisionCheck check) {
		this.check = check;
		this.runtime = runtime;
		this.tasks = tasks;
		this.identity = identity;
	}

	static String registrationKey(String readerId) {
		return "DG-" + readerId;
	}

	static String requestKey(long requestId) {
		return "YC-" + requestId;
	}

	void startRegistration(String readerId, String archiveCode, Date due) {
		// Without a historical archive registered yet the task has no tenant: any officer
		// of the historical-archive group sees it.
		Map<String, Object> variables = new HashMap<>();
		variables.put(READER_ID, readerId);
		variables.put(Variables.AGENCY_CODE, archiveCode);
		variables.put(DECISION_DUE, due);
		this.runtime.startProcessInstanceByKey(REGISTRATION, registrationKey(readerId), variables);
	}

	void startRequest(long requestId, String custodyCode, Date due) {
		this.runtime.startProcessInstanceByKey(ACCESS_REQUEST, requestKey(requestId),
				Map.of(REQUEST_ID, requestId, Variables.AGENCY_CODE, custodyCode, DECISION_DUE, due));
	}

	/**
	 * Completes the decision task of that process as the officer; a task already done
	 * answers 409, a bad answer 400 (the task's input check), a task of another agency or
	 * group 403.
	 */
	void decide(CurrentUser officer, String businessKey, String taskKey, Map<String, Object> answers) {
		Task task = this.tasks.createTaskQuery()
			.processInstanceBusinessKey(businessKey)
			.taskDefinitionKey(taskKey)
			.active()
			.singleResult();
		if (task == null) {
			throw new ConflictException("conflict.accessDecided", businessKey);
		}
		// The task's own listener checks again; checked here first, a bad answer is a 400
		// with its fields rather than an engine refusal inside this transaction.
		this.check.check(new TaskInput(taskKey, answers));
		List<String> groups = officer.roles().stream().map(Role::groupId).toList();
		List<String> tenants = this.identity.createTenantQuery()
			.userMember(officer.userId())
			.list()
			.stream()
			.map((t) -> t.getId())
			.toList();
		this.identity.setAuthentication(officer.userId(), groups, tenants);
		try {
			this.tasks.complete(task.getId(), answers);
		}
		catch (AuthorizationException ex) {
			throw new AccessDeniedException(ex.getMessage(), ex);
		}
		finally {
			this.identity.clearAuthentication();
		}
	}

}
