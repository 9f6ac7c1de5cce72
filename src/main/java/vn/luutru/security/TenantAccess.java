package vn.luutru.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;

import org.springframework.stereotype.Component;

/**
 * Whose tasks a user sees in the Tasklist. Everybody sees their own agency's; managers
 * (who watch every agency) and historical-archive officers (who receive every agency's
 * transfers) see all agencies' tasks, as tenant members of each.
 */
@Component
class TenantAccess {

	static final Set<Role> PROVINCE_WIDE = Set.of(Role.MANAGER, Role.HISTORICAL_ARCHIVE);

	private final IdentityService identityService;

	TenantAccess(IdentityService identityService) {
		this.identityService = identityService;
	}

	void grant(String userId, String homeAgencyCode, Collection<Role> roles) {
		this.identityService.createTenantUserMembership(homeAgencyCode, userId);
		if (roles.stream().anyMatch(PROVINCE_WIDE::contains)) {
			for (Tenant tenant : this.identityService.createTenantQuery().list()) {
				if (!tenant.getId().equals(homeAgencyCode)) {
					this.identityService.createTenantUserMembership(tenant.getId(), userId);
				}
			}
		}
	}

	/** A new agency: the province-wide users see its tasks too. */
	void onNewTenant(String agencyCode) {
		for (Role role : PROVINCE_WIDE) {
			List<User> users = this.identityService.createUserQuery().memberOfGroup(role.groupId()).list();
			for (User user : users) {
				if (this.identityService.createTenantQuery()
					.userMember(user.getId())
					.tenantId(agencyCode)
					.count() == 0) {
					this.identityService.createTenantUserMembership(agencyCode, user.getId());
				}
			}
		}
	}

}
