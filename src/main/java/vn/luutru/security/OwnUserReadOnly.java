package vn.luutru.security;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * Camunda gives every new user ALL on their own user: through {@code /engine-rest/user}
 * or the Tasklist's profile page they could change their password around LuuTru's rules
 * and delete themselves. Here a new user may only read themselves; profile and password
 * change through {@code /api/v1/users/me}. EngineGrants takes the same rights back from
 * users created before.
 */
class OwnUserReadOnly extends DefaultAuthorizationProvider {

	@Override
	public AuthorizationEntity[] newUser(User user) {
		return new AuthorizationEntity[] {
				createGrantAuthorization(user.getId(), null, Resources.USER, user.getId(), Permissions.READ) };
	}

}
