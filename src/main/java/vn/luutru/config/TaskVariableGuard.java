package vn.luutru.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;

import vn.luutru.common.FieldProblem;
import vn.luutru.common.InvalidInputException;
import vn.luutru.process.Variables;

/**
 * What a person may write into a process through the engine (REST, Tasklist, Cockpit):
 * completing a task (complete, submit-form, resolve) or setting a task's variables
 * carries only that task's answers ({@link TaskAnswers}); a task's local variables are
 * not answers; the variables a process works on ({@link Variables#FIXED}) never change;
 * other process variables are set by administrators only. The engine's own steps and
 * LuuTru's services run without a signed-in user and are not limited here.
 */
final class TaskVariableGuard {

	private final TaskAnswers answers = new TaskAnswers();

	/**
	 * Throws {@link InvalidInputException} naming every variable the command may not set.
	 */
	void check(Command<?> command, CommandContext context, EngineCaller caller) {
		plainValues(command);
		if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
			Map<String, ?> sent = sent(
					CommandFields.read(command, (command instanceof CompleteTaskCmd) ? "variables" : "properties"));
			task(context, (String) CommandFields.read(command, "taskId"), sent.keySet(), sent, false);
		}
		else if (command instanceof SetTaskVariablesCmd || command instanceof RemoveTaskVariablesCmd
				|| command instanceof PatchTaskVariablesCmd) {
			// Only a completion may send back what the task displays: these write, so no
			// value passes as unchanged.
			task(context, (String) CommandFields.read(command, "entityId"), written(command), Map.of(),
					(Boolean) CommandFields.read(command, "isLocal"));
		}
		else if (command instanceof SetExecutionVariablesCmd || command instanceof PatchExecutionVariablesCmd
				|| command instanceof RemoveExecutionVariablesCmd) {
			process(written(command), caller);
		}
		else if (command instanceof SaveTaskCmd) {
			savedTask(context, (TaskEntity) CommandFields.read(command, "task"));
		}
	}

	/**
	 * @param values what the caller sends back for each name; a variable sent back with
	 * the value it has (the Tasklist's forms return what they only displayed) changes
	 * nothing and is let through
	 */
	private void task(CommandContext context, String taskId, Set<String> names, Map<String, ?> values, boolean local) {
		if (names.isEmpty()) {
			return;
		}
		TaskEntity task = (taskId != null) ? context.getTaskManager().findTaskById(taskId) : null;
		if (task == null) {
			return; // the command itself answers "not found"
		}
		Set<String> allowed = local ? Set.of() : this.answers.of(task);
		List<FieldProblem> problems = new ArrayList<>();
		for (String name : names) {
			if (!local && !allowed.contains(name) && values.containsKey(name)
					&& unchanged(task, name, values.get(name))) {
				continue;
			}
			if (Variables.FIXED.contains(name)) {
				problems.add(FieldProblem.of(name, "error.engine.fixedVariable"));
			}
			else if (!allowed.contains(name)) {
				problems.add(local ? FieldProblem.of(name, "error.engine.localVariable") : FieldProblem.of(name,
						"error.engine.notAnAnswer", String.join(", ", allowed.stream().sorted().toList())));
			}
		}
		refuseIfAny(problems);
	}

	private static boolean unchanged(TaskEntity task, String name, Object sent) {
		Object value = (sent instanceof TypedValue typed) ? typed.getValue() : sent;
		if (task.getExecution() == null || !task.getExecution().hasVariable(name)) {
			return false;
		}
		TypedValue current = task.getExecution().getVariableTyped(name);
		Object stored = (current != null) ? current.getValue() : null;
		return value != null && stored != null && value.getClass() == stored.getClass() && value.equals(stored);
	}

	/**
	 * The variables sent, each as its typed value where the engine keeps one: a
	 * {@link VariableMap}'s plain value of a serialized object is its deserialized form,
	 * which must never be made from what a caller sent.
	 */
	private static Map<String, ?> sent(Object variables) {
		if (!(variables instanceof Map<?, ?> map)) {
			return Map.of();
		}
		Map<String, Object> sent = new java.util.LinkedHashMap<>();
		if (map instanceof VariableMap typed) {
			typed.keySet().forEach((k) -> sent.put(k, typed.getValueTyped(k)));
		}
		else {
			map.forEach((k, v) -> sent.put(String.valueOf(k), v));
		}
		return sent;
	}

	private static void process(Set<String> names, EngineCaller caller) {
		List<FieldProblem> problems = new ArrayList<>();
		for (String name : names) {
			if (Variables.FIXED.contains(name)) {
				problems.add(FieldProblem.of(name, "error.engine.fixedVariable"));
			}
			else if (!caller.admin()) {
				problems.add(FieldProblem.of(name, "error.engine.processVariable"));
			}
		}
		refuseIfAny(problems);
	}

	/**
	 * A task's update (due date, assignee, ...) never moves it to another process or
	 * agency.
	 */
	private static void savedTask(CommandContext context, TaskEntity task) {
		TaskEntity stored = (task.getId() != null) ? context.getTaskManager().findTaskById(task.getId()) : null;
		if (stored == null) {
			throw InvalidInputException.of("task", "error.engine.standaloneTask");
		}
		if (stored == task) {
			return;
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (!Objects.equals(stored.getTenantId(), task.getTenantId())) {
			problems.add(FieldProblem.of("tenantId", "error.engine.fixedTaskField"));
		}
		if (!Objects.equals(stored.getParentTaskId(), task.getParentTaskId())) {
			problems.add(FieldProblem.of("parentTaskId", "error.engine.fixedTaskField"));
		}
		if (!Objects.equals(stored.getCaseInstanceId(), task.getCaseInstanceId())) {
			problems.add(FieldProblem.of("caseInstanceId", "error.engine.fixedTaskField"));
		}
		refuseIfAny(problems);
	}

	/**
	 * What a person writes into a process is text, a number, a yes/no or a date, as the
	 * forms send: bytes, files and objects (serialized Java, JSON, XML) are refused
	 * before anything reads them.
	 */
	private static void plainValues(Command<?> command) {
		String field;
		if (command instanceof SubmitTaskFormCmd) {
			field = "properties";
		}
		else if (command instanceof CompleteTaskCmd || command instanceof SetTaskVariablesCmd
				|| command instanceof SetExecutionVariablesCmd || command instanceof AbstractPatchVariablesCmd) {
			field = "variables";
		}
		else {
			return;
		}
		List<FieldProblem> problems = new ArrayList<>();
		sent(CommandFields.read(command, field)).forEach((name, value) -> {
			if (!plain(value)) {
				problems.add(FieldProblem.of(name, "error.engine.valueType"));
			}
		});
		refuseIfAny(problems);
	}

	private static final Set<ValueType> PLAIN = Set.of(ValueType.STRING, ValueType.INTEGER, ValueType.LONG,
			ValueType.SHORT, ValueType.DOUBLE, ValueType.BOOLEAN, ValueType.DATE, ValueType.NULL);

	private static boolean plain(Object value) {
		if (value instanceof TypedValue typed) {
			// an untyped value is the object as sent (nothing to deserialize): judge it
			return (typed.getType() != null) ? PLAIN.contains(typed.getType()) : plain(typed.getValue());
		}
		return value == null || value instanceof String || value instanceof Number || value instanceof Boolean
				|| value instanceof java.util.Date;
	}

	private static Set<String> written(Command<?> command) {
		Set<String> names = new LinkedHashSet<>();
		if (command instanceof AbstractPatchVariablesCmd) {
			names.addAll(names(CommandFields.read(command, "variables")));
			Object deletions = CommandFields.read(command, "deletions");
			if (deletions instanceof Collection<?> c) {
				c.forEach((n) -> names.add(String.valueOf(n)));
			}
		}
		else if (command instanceof RemoveTaskVariablesCmd || command instanceof RemoveExecutionVariablesCmd) {
			Object removed = CommandFields.read(command, "variableNames");
			if (removed instanceof Collection<?> c) {
				c.forEach((n) -> names.add(String.valueOf(n)));
			}
		}
		else {
			names.addAll(names(CommandFields.read(command, "variables")));
		}
		return names;
	}

	private static Set<String> names(Object variables) {
		return sent(variables).keySet();
	}

	private static void refuseIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

}
