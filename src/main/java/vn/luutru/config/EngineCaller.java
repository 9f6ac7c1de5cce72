package vn.luutru.config;

import java.util.List;

import org.camunda.bpm.engine.impl.identity.Authentication;

import vn.luutru.security.Role;

/**
 * Who runs an engine command: a signed-in person (REST, Tasklist, Cockpit) or, with no
 * user, the engine's own job executor and LuuTru's services.
 */
record EngineCaller(String userId, List<String> groups) {

	static EngineCaller of(Authentication auth) {
		if (auth == null || auth.getUserId() == null) {
			return new EngineCaller(null, List.of());
		}
		return new EngineCaller(auth.getUserId(), (auth.getGroupIds() != null) ? auth.getGroupIds() : List.of());
	}

	boolean person() {
		return this.userId != null;
	}

	boolean admin() {
		return this.groups.contains(Role.ADMIN.groupId());
	}

}
