package vn.luutru.intake;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

import vn.luutru.common.ConflictException;
import vn.luutru.process.IntakeVariables;

/**
 * Completes the clerk's task {@code Task_FixRejectedRows} of an intake once a correction
 * has been received, as the officer who sent it (the engine checks his group and agency,
 * the task's listeners check and audit the answer): the process checks the new rows.
 */
@Component
class IntakeResubmissionTask {

	static final String TASK_KEY = "Task_FixRejectedRows";

	private final TaskService tasks;

	IntakeResubmissionTask(TaskService tasks) {
		this.tasks = tasks;
	}

	void resubmitted(long intakeId) {
		Task task = this.tasks.createTaskQuery()
			.processInstanceBusinessKey("NHAP-" + intakeId)
			.taskDefinitionKey(TASK_KEY)
			.singleResult();
		if (task == null) {
			throw new ConflictException("intake.conflict.noFixTask", intakeId);
		}
		this.tasks.complete(task.getId(), Map.of(IntakeVariables.INTAKE_DECISION, IntakeVariables.RESUBMIT));
	}

}
