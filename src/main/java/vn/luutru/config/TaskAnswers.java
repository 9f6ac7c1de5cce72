package vn.luutru.config;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * The variables completing a user task may set: its form's fields, declared in the model
 * as the task's extension property {@code answers} (comma separated). A task that
 * declares none may set nothing. Read once per process definition and task.
 */
final class TaskAnswers {

	static final String PROPERTY = "answers";

	private final Map<String, Set<String>> byTask = new ConcurrentHashMap<>();

	Set<String> of(TaskEntity task) {
		String key = task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey();
		return this.byTask.computeIfAbsent(key, (k) -> declared(task));
	}

	private static Set<String> declared(TaskEntity task) {
		UserTask user = (task.getProcessDefinitionId() != null) ? task.getBpmnModelElementInstance() : null;
		return (user != null) ? declared(user) : Set.of();
	}

	static Set<String> declared(UserTask user) {
		ExtensionElements extensions = user.getExtensionElements();
		if (extensions == null) {
			return Set.of();
		}
		return extensions.getElementsQuery()
			.filterByType(CamundaProperties.class)
			.list()
			.stream()
			.flatMap((props) -> props.getCamundaProperties().stream())
			.filter((p) -> PROPERTY.equals(p.getCamundaName()) && p.getCamundaValue() != null)
			.map(CamundaProperty::getCamundaValue)
			.flatMap((value) -> Arrays.stream(value.split(",")))
			.map(String::trim)
			.filter((name) -> !name.isEmpty())
			.collect(Collectors.toUnmodifiableSet());
	}

}
