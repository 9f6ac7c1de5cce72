package vn.luutru.intake;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

import vn.luutru.common.ConflictException;
import vn.luutru.process.IntakeVariables;
import vn.luutru.process.ProcessKeys;
import vn.luutru.process.Variables;

/**
 * Starts the record-intake process of an intake (business key "NHAP-{id}", tenant the
 * uploader's agency), and sends it back to the row check once a correction arrives.
 */
@Component
class IntakeProcessStarter {

	static final String FIX_TASK_KEY = "Task_FixRejectedRows";

	private final RuntimeService runtime;

	private final TaskService tasks;

	IntakeProcessStarter(RuntimeService runtime, TaskService tasks) {
		this.runtime = runtime;
		this.tasks = tasks;
	}

	String start(long intakeId, String agencyCode) {
		return this.runtime
			.startProcessInstanceByKey(ProcessKeys.RECORD_INTAKE, "NHAP-" + intakeId,
					Map.of(IntakeVariables.INTAKE_ID, intakeId, Variables.AGENCY_CODE, agencyCode))
			.getId();
	}

	/**
	 * Completes the clerk's task {@value #FIX_TASK_KEY} of an intake once a correction
	 * has been received, as the officer who sent it (the engine checks his group and
	 * agency, the task's listeners check and audit the answer): the process checks the
	 * new rows.
	 */
	void resubmitted(long intakeId) {
		Task task = this.tasks.createTaskQuery()
			.processInstanceBusinessKey("NHAP-" + intakeId)
			.taskDefinitionKey(FIX_TASK_KEY)
			.singleResult();
		if (task == null) {
			throw new ConflictException("intake.conflict.noFixTask", intakeId);
		}
		this.tasks.complete(task.getId(), Map.of(IntakeVariables.INTAKE_DECISION, IntakeVariables.RESUBMIT));
	}

}
