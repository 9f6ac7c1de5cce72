package vn.luutru.security;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.luutru.support.Api;
import vn.luutru.support.ApiTest;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator resolves incidents in Cockpit or through {@code /engine-rest}, with
 * the rights LuuTru grants the admin role, not those Camunda gives a configured first
 * admin (the test setting creates one, so its grants are taken away first, as on a
 * production database without it); a clerk cannot.
 */
@ApiTest
class AdminEngineRightsApiTest extends ApiTestSupport {

	@Autowired
	AuthorizationService authorizations;

	@Autowired
	EngineGrants grants;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	String jobId;

	String instanceId;

	@BeforeEach
	void onlyLuuTruGrantsAndAFailingStep() {
		this.authorizations.createAuthorizationQuery()
			.groupIdIn(Role.ADMIN.groupId())
			.list()
			.forEach((a) -> this.authorizations.deleteAuthorization(a.getId()));
		assertThat(this.authorizations.createAuthorizationQuery().groupIdIn(Role.ADMIN.groupId()).count()).isZero();
		this.grants.grantRoles();
		this.repository.createDeployment()
			.addModelInstance("admin-rights-probe.bpmn",
					Bpmn.createExecutableProcess("adminRightsProbe")
						.camundaHistoryTimeToLive(1)
						.startEvent()
						.serviceTask()
						.camundaAsyncBefore()
						.camundaExpression("${true}")
						.endEvent()
						.done())
			.deploy();
		this.instanceId = this.runtime.startProcessInstanceByKey("adminRightsProbe").getId();
		this.jobId = this.management.createJobQuery().processInstanceId(this.instanceId).singleResult().getId();
	}

	@AfterEach
	void everyGrantBack() {
		this.grants.grantRoles();
		assertThat(this.authorizations.createAuthorizationQuery()
			.groupIdIn(Role.ADMIN.groupId())
			.resourceId(Authorization.ANY)
			.count()).isPositive();
	}

	@Test
	void theAdministratorResolvesIncidentsAndAClerkCannot() {
		String agency = createAgency("Văn phòng UBND tỉnh Sơn La", false).path("code").asText();
		Api administrator = createUser(agency, "admin");
		Api clerk = createUser(agency, "clerk");
		String retries = "/engine-rest/job/" + this.jobId + "/retries";
		String incidents = "/engine-rest/incident?processInstanceId=" + this.instanceId;

		assertThat(administrator.put(retries, Map.of("retries", 0)).status()).isEqualTo(204);
		assertThat(administrator.get(incidents).json().size()).isEqualTo(1);
		assertThat(clerk.get(incidents).json().size()).isZero();
		assertThat(clerk.put(retries, Map.of("retries", 1)).status()).isEqualTo(403);
		assertThat(administrator.get(incidents).json().size()).isEqualTo(1);

		assertThat(administrator.put(retries, Map.of("retries", 1)).status()).isEqualTo(204);
		assertThat(administrator.get(incidents).json().size()).isZero();
		assertThat(administrator.get("/engine-rest/user?memberOfGroup=clerk").status()).isEqualTo(200);
	}

}
