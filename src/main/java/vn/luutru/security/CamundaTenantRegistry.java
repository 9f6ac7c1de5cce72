package vn.luutru.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;

import org.springframework.stereotype.Component;

import vn.luutru.agency.TenantRegistry;

/** Each agency is a Camunda tenant whose id is the agency code. */
@Component
class CamundaTenantRegistry implements TenantRegistry {

	private final IdentityService identityService;

	CamundaTenantRegistry(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	public void saveTenant(String agencyCode, String name) {
		Tenant tenant = this.identityService.createTenantQuery().tenantId(agencyCode).singleResult();
		if (tenant == null) {
			tenant = this.identityService.newTenant(agencyCode);
		}
		tenant.setName(name);
		this.identityService.saveTenant(tenant);
	}

}
