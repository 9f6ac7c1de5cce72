package vn.luutru.security;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Camunda's own user store with LuuTru's login rules put where every login passes: the
 * engine's password check. The API's logins, the Camunda webapps' login form and
 * {@code /engine-rest/identity/verify} all call {@code IdentityService.checkPassword}, so
 * a rule placed here cannot be walked around by choosing another door. It replaces
 * Camunda's own lock (which locks a login for good after ten failures, the only
 * administrator's included) with {@link LoginLocks}' time lock, refuses disabled logins,
 * rehashes an old SHA-512 password with bcrypt at the first right login, and refuses that
 * anybody deletes their own user.
 */
class GuardedIdentityProvider extends DbIdentityServiceProvider {

	private final LoginLocks locks;

	private final UserLoginMapper logins;

	GuardedIdentityProvider(LoginLocks locks, UserLoginMapper logins) {
		this.locks = locks;
		this.logins = logins;
	}

	@Override
	public boolean checkPassword(String userId, String password) {
		if (userId == null || password == null) {
			return false;
		}
		// A password check must not depend on an engine login left on this thread.
		UserEntity user = Context.getCommandContext().runWithoutAuthorization(() -> findUserById(userId));
		StoredLogin login = (user != null) ? this.locks.find(userId) : null;
		if (login == null || login.disabled() || login.lockedAt(this.locks.now())) {
			// No check while locked: guesses then cost the attacker time, not us CPU.
			return false;
		}
		if (!matchPassword(password, user)) {
			this.locks.failed(userId);
			return false;
		}
		this.locks.succeeded(login);
		if (!user.getPassword().startsWith(BcryptPasswordEncryptor.PREFIX)) {
			upgrade(user, password);
		}
		return true;
	}

	/**
	 * Stores the password again with today's encryptor; a plain conditional update, so
	 * that two first logins at once do not fail each other on the entity's revision.
	 */
	private void upgrade(UserEntity user, String password) {
		UserEntity fresh = new UserEntity();
		fresh.setPassword(password);
		fresh.encryptPassword();
		this.logins.upgradeHash(user.getId(), user.getPassword(), fresh.getPassword(), fresh.getSalt());
	}

	@Override
	public IdentityOperationResult deleteUser(String userId) {
		// Those who may not delete users at all hear so first (403).
		checkAuthorization(Permissions.DELETE, Resources.USER, userId);
		Authentication current = getCurrentAuthentication();
		if (current != null && userId != null && userId.equals(current.getUserId())) {
			throw new BadUserRequestException(
					"Không được xoá tài khoản của chính mình / You cannot delete your own user");
		}
		return super.deleteUser(userId);
	}

	/**
	 * Opens the provider for each engine command, as the engine's own factory does. The
	 * beans are looked up late: the engine is configured before they exist.
	 */
	static final class Factory implements SessionFactory {

		private final ObjectProvider<LoginLocks> locks;

		private final ObjectProvider<UserLoginMapper> logins;

		Factory(ObjectProvider<LoginLocks> locks, ObjectProvider<UserLoginMapper> logins) {
			this.locks = locks;
			this.logins = logins;
		}

		@Override
		public Class<?> getSessionType() {
			return GuardedIdentityProvider.class;
		}

		@Override
		public Session openSession() {
			return new GuardedIdentityProvider(this.locks.getObject(), this.logins.getObject());
		}

	}

}
