package vn.luutru.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

import vn.luutru.process.TaskInput;
import vn.luutru.process.TaskInputCheck;

/**
 * On the completion of a decision task: runs the check that guards it. A refusal
 * ({@link vn.luutru.common.InvalidInputException}) rolls the completion back, the task
 * stays open, and {@link TaskInputRefusals} answers with every bad field.
 */
@Component("taskInputCheckListener")
class TaskInputCheckListener implements TaskListener {

	private final Map<String, TaskInputCheck> checks = new HashMap<>();

	TaskInputCheckListener(List<TaskInputCheck> checks) {
		for (TaskInputCheck check : checks) {
			for (String key : check.taskKeys()) {
				if (this.checks.put(key, check) != null) {
					throw new IllegalStateException("two input checks for task " + key);
				}
			}
		}
	}

	@Override
	public void notify(DelegateTask task) {
		TaskInputCheck check = this.checks.get(task.getTaskDefinitionKey());
		if (check == null) {
			throw new IllegalStateException("no input check for task " + task.getTaskDefinitionKey());
		}
		check.check(new TaskInput(task.getTaskDefinitionKey(), task.getVariables()));
	}

}
