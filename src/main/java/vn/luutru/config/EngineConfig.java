package vn.luutru.config;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.luutru.process.Variables;

/**
 * Every process instance belongs to the agency it works for: the tenant is taken from its
 * {@code agencyCode} variable, so its tasks show only to that agency's officers (and to
 * the province-wide roles, who are members of every agency's tenant).
 */
@Configuration(proxyBeanMethods = false)
class EngineConfig {

	@Bean
	AbstractProcessEnginePlugin agencyTenantPlugin() {
		return new AbstractProcessEnginePlugin() {
			@Override
			public void preInit(ProcessEngineConfigurationImpl configuration) {
				configuration.setTenantIdProvider(new AgencyTenantIdProvider());
			}
		};
	}

	static class AgencyTenantIdProvider implements TenantIdProvider {

		@Override
		public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
			if (ctx.getSuperExecution() != null) {
				return ctx.getSuperExecution().getTenantId();
			}
			Object agency = (ctx.getVariables() != null) ? ctx.getVariables().get(Variables.AGENCY_CODE) : null;
			return (agency instanceof String code) ? code : null;
		}

		@Override
		public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
			return null;
		}

		@Override
		public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
			return null;
		}

	}

}
