package vn.luutru.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.luutru.security.EngineGrants;
import vn.luutru.security.Role;

/**
 * The Tasklist opens with a saved filter per role, in Vietnamese: each shows the tasks
 * waiting for that role's candidate group. Created once; officers may add their own.
 */
@Component
class TasklistFilters {

	/** name, candidate group, description, priority (lower first). */
	static final List<String[]> FILTERS = List.of(
			new String[] { "Chờ phê duyệt", "agency-head", "Danh mục chờ lãnh đạo duyệt / awaiting my approval",
					"-10" },
			new String[] { "Hồ sơ chờ thẩm định", "archivist", "Hồ sơ chờ lưu trữ viên / awaiting the archivist",
					"-9" },
			new String[] { "Cần bổ sung hồ sơ", "clerk", "Hồ sơ cần văn thư bổ sung / files to complete", "-8" },
			new String[] { "Hội đồng xét hủy", "council", "Danh mục chờ Hội đồng / awaiting the council", "-7" },
			new String[] { "Chờ tiếp nhận", "historical-archive",
					"Hồ sơ nộp lưu chờ Lưu trữ lịch sử / transfers to accept", "-6" },
			new String[] { "Việc quá hạn", "manager", "Phê duyệt chờ quá hạn / overdue approvals", "-5" });

	private final FilterService filters;

	private final TaskService tasks;

	private final EngineGrants grants;

	TasklistFilters(FilterService filters, TaskService tasks, EngineGrants grants) {
		this.filters = filters;
		this.tasks = tasks;
		this.grants = grants;
	}

	static final String MY_WORK = "Việc của tôi";

	/**
	 * Creates the missing filters and lets each role read its own: "Việc của tôi" for
	 * everybody, each role's filter for that role.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void createMissing() {
		// First in the list, so the Tasklist opens on it: the signed-in user's own
		// groups.
		Filter myWork = find(MY_WORK);
		if (myWork == null) {
			myWork = save(MY_WORK, "Công việc của các nhóm tôi thuộc về / tasks for my groups", -20,
					this.tasks.createTaskQuery()
						.taskCandidateGroupInExpression("${currentUserGroups()}")
						.includeAssignedTasks()
						.active());
		}
		for (Role role : Role.values()) {
			if (role.officer()) {
				this.grants.grant(role.groupId(), Resources.FILTER, myWork.getId(), Permissions.READ);
			}
		}
		for (String[] f : FILTERS) {
			Filter filter = find(f[0]);
			if (filter == null) {
				filter = save(f[0], f[2], Integer.parseInt(f[3]),
						this.tasks.createTaskQuery().taskCandidateGroup(f[1]).active());
			}
			this.grants.grant(f[1], Resources.FILTER, filter.getId(), Permissions.READ);
		}
	}

	private Filter find(String name) {
		return this.filters.createFilterQuery().filterName(name).list().stream().findFirst().orElse(null);
	}

	private Filter save(String name, String description, int priority, TaskQuery query) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("description", description);
		properties.put("priority", priority);
		properties.put("refresh", true);
		Filter filter = this.filters.newTaskFilter(name).setProperties(properties).setQuery(query);
		return this.filters.saveFilter(filter);
	}

}
