package vn.luutru.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;

import org.springframework.stereotype.Component;

import vn.luutru.agency.TenantRegistry;

/** Each agency is a Camunda tenant whose id is the agency code. */
@Component
class CamundaTenantRegistry implements TenantRegistry {

	private final IdentityService identityService;

	private final TenantAccess tenantAccess;

	CamundaTenantRegistry(IdentityService identityService, TenantAccess tenantAccess) {
		this.identityService = identityService;
		this.tenantAccess = tenantAccess;
	}

	@Override
	public void saveTenant(String agencyCode, String name) {
		Tenant tenant = this.identityService.createTenantQuery().tenantId(agencyCode).singleResult();
		boolean created = (tenant == null);
		if (created) {
			tenant = this.identityService.newTenant(agencyCode);
		}
		tenant.setName(name);
		this.identityService.saveTenant(tenant);
		if (created) {
			this.tenantAccess.onNewTenant(agencyCode);
		}
	}

}
