package vn.luutru.security;

import java.util.Arrays;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What each role may do in the engine's own applications (Camunda authorization is on).
 * Every officer opens the Tasklist and sees the tasks offered to his groups, within his
 * agencies (tenants): the engine grants a task to its candidate groups when it creates
 * it, so a clerk cannot complete the agency head's approval. Managers also open Cockpit,
 * read-only. Administrators (camunda-admin) may do everything, in Cockpit and the Admin
 * app too. Nobody but them changes a user through the engine. Granted at every start,
 * adding only what is missing.
 */
@Component
public class EngineGrants {

	/**
	 * Engine property set once the tasks opened before authorization got their grants.
	 */
	static final String OPEN_TASKS_GRANTED = "luutru.open-task-grants";

	private final AuthorizationService authorizations;

	private final TaskService tasks;

	private final ManagementService management;

	EngineGrants(AuthorizationService authorizations, TaskService tasks, ManagementService management) {
		this.authorizations = authorizations;
		this.tasks = tasks;
		this.management = management;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	void grantRoles() {
		// What Camunda's own first-admin set-up grants its camunda-admin group: without
		// it nobody resolves an incident or retries a job once the configured admin user
		// is gone (or was never configured, as in production).
		for (Resource resource : Resources.values()) {
			grant(Role.ADMIN.groupId(), resource, Authorization.ANY, Permissions.ALL);
		}
		takeBackOwnUserWrites();
		for (Role role : Role.values()) {
			if (!role.officer()) {
				continue;
			}
			grant(role.groupId(), Resources.APPLICATION, "tasklist", Permissions.ACCESS);
			grant(role.groupId(), Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
		}
		String manager = Role.MANAGER.groupId();
		grant(manager, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
		grant(manager, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ, Permissions.READ_HISTORY,
				Permissions.READ_INSTANCE);
		grant(manager, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
		grant(manager, Resources.TASK, Authorization.ANY, Permissions.READ);
		grant(manager, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
		grantOpenTasks();
	}

	/**
	 * Tasks created while authorization was off (before this version) carry no grants:
	 * their candidate groups get what the engine gives a new task's candidates. Once per
	 * database: later tasks get their grants from the engine, so later starts skip this.
	 */
	private void grantOpenTasks() {
		if (this.management.getProperties().containsKey(OPEN_TASKS_GRANTED)) {
			return;
		}
		for (Task task : this.tasks.createTaskQuery().list()) {
			for (IdentityLink link : this.tasks.getIdentityLinksForTask(task.getId())) {
				if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
					grant(link.getGroupId(), Resources.TASK, task.getId(), Permissions.READ, Permissions.UPDATE);
				}
			}
		}
		this.management.setProperty(OPEN_TASKS_GRANTED, "done");
	}

	/**
	 * Users created before OwnUserReadOnly hold ALL on their own user, which let them
	 * change their password around LuuTru's rules or delete themselves through
	 * {@code /engine-rest/user}: they keep reading themselves, nothing more.
	 */
	private void takeBackOwnUserWrites() {
		for (Authorization auth : this.authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.resourceType(Resources.USER)
			.list()) {
			if (auth.getUserId() != null && auth.getUserId().equals(auth.getResourceId())
					&& (auth.isPermissionGranted(Permissions.UPDATE) || auth.isPermissionGranted(Permissions.DELETE))) {
				auth.setPermissions(new Permission[] { Permissions.READ });
				this.authorizations.saveAuthorization(auth);
			}
		}
	}

	/** Grants a group these permissions on a resource, keeping what it already has. */
	public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
		Authorization auth = this.authorizations.createAuthorizationQuery()
			.authorizationType(Authorization.AUTH_TYPE_GRANT)
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.list()
			.stream()
			.findFirst()
			.orElse(null);
		if (auth != null && Arrays.stream(permissions).allMatch(auth::isPermissionGranted)) {
			return;
		}
		if (auth == null) {
			auth = this.authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
			auth.setGroupId(groupId);
			auth.setResource(resource);
			auth.setResourceId(resourceId);
		}
		for (Permission p : permissions) {
			auth.addPermission(p);
		}
		this.authorizations.saveAuthorization(auth);
	}

}
