package vn.luutru.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the engine stores and checks passwords. New hashes are bcrypt (cost
 * {@code luutru.security.bcrypt-cost}, 10 by default: about 80 ms a check on this
 * machine); SHA-512 hashes written before still verify. Camunda's own lock is switched
 * off (its attempts limit set out of reach, its short delay to zero): it locks a user for
 * good after ten failures, with no way back for the only administrator, while LuuTru's
 * time lock (LoginLocks, run by GuardedIdentityProvider) does the same work without that
 * risk. Setting {@code camunda.bpm.generic-properties.properties.login-max-attempts}
 * changes nothing: this plugin has the last word.
 */
@Component
class LoginEnginePlugin extends AbstractProcessEnginePlugin {

	private final int bcryptCost;

	private final ObjectProvider<LoginLocks> locks;

	private final ObjectProvider<UserLoginMapper> logins;

	LoginEnginePlugin(@Value("${luutru.security.bcrypt-cost:10}") int bcryptCost, ObjectProvider<LoginLocks> locks,
			ObjectProvider<UserLoginMapper> logins) {
		this.bcryptCost = bcryptCost;
		this.locks = locks;
		this.logins = logins;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setPasswordEncryptor(new BcryptPasswordEncryptor(this.bcryptCost));
		// Camunda's PasswordManager always keeps its SHA-512 checker beside the
		// encryptor,
		// so hashes written before still verify (and are rehashed at the next login).
		configuration.setIdentityProviderSessionFactory(new GuardedIdentityProvider.Factory(this.locks, this.logins));
		configuration.setResourceAuthorizationProvider(new ModelTaskGrants());
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		// After the generic properties, which a plugin's preInit would precede.
		configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
		configuration.setLoginDelayBase(0);
		configuration.setLoginDelayMaxTime(0);
	}

}
