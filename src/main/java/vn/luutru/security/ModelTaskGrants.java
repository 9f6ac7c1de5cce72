package vn.luutru.security;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.task.Task;

/**
 * Who may work on a task is what its model says: the candidate groups of the user task in
 * the BPMN (an agency head's approval, the council's review). Camunda would also give the
 * right to whoever a task is assigned, delegated or handed to, and to any group added to
 * it through {@code /engine-rest}: an agency head could pass his approval to a clerk, who
 * would then make it. Here an assignee, owner or candidate user gets no right of his own,
 * and a group gets one only if the model names it; the model's groups keep theirs.
 */
class ModelTaskGrants extends OwnUserReadOnly {

	@Override
	public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
		return null;
	}

	@Override
	public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
		return null;
	}

	@Override
	public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
		return null;
	}

	@Override
	public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
		return modelGroups(task).contains(groupId) ? super.newTaskGroupIdentityLink(task, groupId, type) : null;
	}

	/** The literal candidate groups of the task's model; none for a task without one. */
	static Set<String> modelGroups(Task task) {
		TaskDefinition definition = (task instanceof TaskEntity entity) ? entity.getTaskDefinition() : null;
		if (definition == null) {
			return Set.of();
		}
		return definition.getCandidateGroupIdExpressions()
			.stream()
			.map(Expression::getExpressionText)
			.flatMap((text) -> Arrays.stream(text.split(",")))
			.map(String::trim)
			.filter((g) -> !g.isEmpty() && !g.contains("${") && !g.contains("#{"))
			.collect(Collectors.toUnmodifiableSet());
	}

}
