package vn.luutru.security;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.luutru.support.Api;
import vn.luutru.support.ApiTest;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users change their own password and profile through LuuTru, under its rules, and
 * nowhere else; nobody deletes themselves; a changed password or a disabled login stops
 * working at once, although Basic logins are remembered.
 */
@ApiTest
class AccountApiTest extends ApiTestSupport {

	String agency;

	Api clerk;

	String clerkId;

	@Autowired
	AuthorizationService authorizations;

	@Autowired
	EngineGrants grants;

	@Autowired
	IdentityService identity;

	@BeforeEach
	void aClerk() {
		this.agency = createAgency("Sở Giáo dục và Đào tạo tỉnh Sơn La", false).path("code").asText();
		this.clerk = createUser(this.agency, "clerk");
		this.clerkId = CsrfApiTest.userIdOf(this.clerk);
	}

	@Test
	void changesOwnPasswordUnderTheRulesAndTheOldOneStopsAtOnce() {
		assertThat(this.clerk.get("/api/v1/users/me").status()).isEqualTo(200);
		assertThat(fieldCode(change("sai-mat-khau", "mat-khau-moi-2026"), "currentPassword"))
			.isEqualTo("error.passwordWrong");
		assertThat(fieldCode(change(PASSWORD, "ngan"), "newPassword")).isEqualTo("error.passwordTooShort");
		assertThat(fieldCode(change(PASSWORD, this.clerkId.toUpperCase()), "newPassword"))
			.isEqualTo("error.passwordIsUserId");
		assertThat(fieldCode(change(PASSWORD, "Password123"), "newPassword")).isEqualTo("error.passwordCommon");
		assertThat(fieldCode(change(PASSWORD, PASSWORD), "newPassword")).isEqualTo("error.passwordUnchanged");

		assertThat(change(PASSWORD, "Hồ sơ lưu trữ 2026").status()).isEqualTo(204);

		assertThat(this.clerk.get("/api/v1/users/me").status()).isEqualTo(401);
		assertThat(new Api(this.port, this.clerkId, "Hồ sơ lưu trữ 2026").get("/api/v1/users/me").status())
			.isEqualTo(200);
		JsonNode events = this.admin.get("/api/v1/audit?entityType=user&entityId=" + this.clerkId).json();
		assertThat(events.findValuesAsText("action")).contains("USER_PASSWORD_CHANGED");
		assertThat(events.toString()).doesNotContain("Hồ sơ lưu trữ 2026").doesNotContain(PASSWORD);
	}

	@Test
	void anAdministratorResetsAForgottenPasswordUnderTheRulesAndOnlyThroughLuuTru() {
		String reset = "/api/v1/users/" + this.clerkId + "/password";
		assertThat(fieldCode(this.admin.put(reset, Map.of("newPassword", "ngan")), "newPassword"))
			.isEqualTo("error.passwordTooShort");
		assertThat(this.clerk.put(reset, Map.of("newPassword", "Mật khẩu mới 2026")).status()).isEqualTo(403);
		assertThat(this.admin.put("/api/v1/users/khong-co-ai/password", Map.of("newPassword", "Mật khẩu mới 2026"))
			.status()).isEqualTo(404);
		// The engine's own route skipped the rules and the audit: closed, to
		// administrators too.
		assertThat(this.admin
			.put("/engine-rest/user/" + this.clerkId + "/credentials",
					Map.of("password", "1", "authenticatedUserPassword", PASSWORD))
			.status()).isEqualTo(403);
		assertThat(this.clerk.get("/api/v1/users/me").status()).isEqualTo(200);

		assertThat(this.admin.put(reset, Map.of("newPassword", "Mật khẩu mới 2026")).status()).isEqualTo(204);

		assertThat(this.clerk.get("/api/v1/users/me").status()).as("the old password stops at once").isEqualTo(401);
		assertThat(new Api(this.port, this.clerkId, "Mật khẩu mới 2026").get("/api/v1/users/me").status())
			.isEqualTo(200);
		JsonNode events = this.admin.get("/api/v1/audit?entityType=user&entityId=" + this.clerkId).json();
		assertThat(events.findValuesAsText("action")).contains("USER_PASSWORD_RESET");
		assertThat(events.toString()).doesNotContain("Mật khẩu mới 2026");
	}

	/**
	 * An agency loaded without the API (straight into the database, or restored) has no
	 * tenant in the engine yet: its first user is still created, and its tenant with it.
	 */
	@Test
	void aUserOfAnAgencyLoadedWithoutTheApiIsCreatedWithItsTenant() {
		String loaded = createAgency("Ban Dân tộc tỉnh Sơn La", false).path("code").asText();
		this.identity.deleteTenant(loaded);
		assertThat(this.identity.createTenantQuery().tenantId(loaded).count()).isZero();

		Api officer = createUser(loaded, "archivist");
		this.identity.deleteTenant(loaded);
		Api manager = createUser(loaded, "manager");

		assertThat(officer.get("/api/v1/users/me").status()).isEqualTo(200);
		assertThat(manager.get("/api/v1/users/me").status()).isEqualTo(200);
		assertThat(this.identity.createTenantQuery().tenantId(loaded).singleResult().getName())
			.isEqualTo("Ban Dân tộc tỉnh Sơn La");
		assertThat(this.identity.createTenantQuery().userMember(CsrfApiTest.userIdOf(manager)).tenantId(loaded).count())
			.isEqualTo(1);
	}

	@Test
	void changesOwnProfile() {
		Api.Response r = this.clerk.put("/api/v1/users/me",
				Map.of("firstName", "Lò Thị", "lastName", "Xuân", "email", "xuan@sonla.gov.vn"));
		assertThat(r.status()).as(r.toString()).isEqualTo(204);
		assertThat(this.clerk.get("/api/v1/users/me").json().path("displayName").asText()).isEqualTo("Lò Thị Xuân");
		assertThat(this.admin.get("/api/v1/users").json().findValues("email").toString()).contains("xuan@sonla.gov.vn");
		assertThat(this.clerk.put("/api/v1/users/me", Map.of("firstName", "", "lastName", "Xuân")).errorFields())
			.containsExactly("firstName");
	}

	@Test
	void theEngineRefusesUsersWritingThemselves() {
		String me = "/engine-rest/user/" + this.clerkId;
		assertThat(this.clerk.get(me + "/profile").status()).isEqualTo(200);
		assertThat(this.clerk
			.put(me + "/credentials", Map.of("password", "khong-qua-luat", "authenticatedUserPassword", PASSWORD))
			.status()).isEqualTo(403);
		assertThat(this.clerk.put(me + "/profile", Map.of("id", this.clerkId, "firstName", "Tự", "lastName", "Sửa"))
			.status()).isEqualTo(403);
		assertThat(this.clerk.delete(me).status()).isEqualTo(403);
		assertThat(this.clerk.get("/api/v1/users/me").status()).isEqualTo(200);
	}

	@Test
	void usersOfAnEarlierVersionLoseWhatCamundaGaveThemOnThemselves() {
		Authorization own = this.authorizations.createAuthorizationQuery()
			.userIdIn(this.clerkId)
			.resourceType(Resources.USER)
			.resourceId(this.clerkId)
			.singleResult();
		assertThat(own.isPermissionGranted(Permissions.READ)).isTrue();
		assertThat(own.isPermissionGranted(Permissions.UPDATE)).isFalse();
		// What Camunda granted every new user before OwnUserReadOnly.
		own.setPermissions(new Permission[] { Permissions.ALL });
		this.authorizations.saveAuthorization(own);
		String me = "/engine-rest/user/" + this.clerkId;
		Map<String, String> profile = Map.of("id", this.clerkId, "firstName", "Tự", "lastName", "Sửa");

		this.grants.grantRoles();

		Authorization cut = this.authorizations.createAuthorizationQuery()
			.userIdIn(this.clerkId)
			.resourceType(Resources.USER)
			.resourceId(this.clerkId)
			.singleResult();
		assertThat(cut.isPermissionGranted(Permissions.READ)).isTrue();
		assertThat(cut.isPermissionGranted(Permissions.UPDATE)).as("the engine itself refuses too").isFalse();
		assertThat(cut.isPermissionGranted(Permissions.DELETE)).isFalse();
		// The gate in front of the engine refuses one's own account whatever the grants.
		assertThat(this.clerk.put(me + "/profile", profile).status()).isEqualTo(403);
		assertThat(this.clerk.delete(me).status()).isEqualTo(403);
		assertThat(this.clerk.get(me + "/profile").status()).isEqualTo(200);
	}

	@Test
	void nobodyDeletesTheirOwnUserTheAdministratorNeither() {
		Api.Response viaApi = this.admin.delete("/api/v1/users/admin");
		assertThat(viaApi.status()).isEqualTo(409);
		assertThat(viaApi.json().path("title").asText()).contains("chính mình").contains("their own");
		Api.Response viaEngine = this.admin.delete("/engine-rest/user/admin");
		assertThat(viaEngine.status()).isEqualTo(403);
		assertThat(viaEngine.text()).contains("không mở").contains("not open");
		assertThat(this.admin.get("/api/v1/users/me").status()).isEqualTo(200);

		assertThat(this.admin.delete("/api/v1/users/" + this.clerkId).status()).isEqualTo(204);
		assertThat(this.clerk.get("/api/v1/users/me").status()).isEqualTo(401);
		assertThat(this.admin.delete("/api/v1/users/" + this.clerkId).status()).isEqualTo(404);
	}

	@Test
	void aDisabledLoginIsRefusedAtOnce() {
		assertThat(this.clerk.get("/api/v1/users/me").status()).isEqualTo(200);
		assertThat(this.clerk.post("/api/v1/users/" + this.clerkId + "/disable", "").status()).isEqualTo(403);
		assertThat(this.admin.post("/api/v1/users/" + this.clerkId + "/disable", "").status()).isEqualTo(204);
		Api.Response refused = this.clerk.get("/api/v1/users/me");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.json().path("detail").asText()).contains("vô hiệu hoá");
		assertThat(this.admin.post("/api/v1/users/admin/disable", "").status()).isEqualTo(409);

		assertThat(this.admin.post("/api/v1/users/" + this.clerkId + "/enable", "").status()).isEqualTo(204);
		assertThat(this.clerk.get("/api/v1/users/me").status()).isEqualTo(200);
		assertThat(this.admin.get("/api/v1/audit?entityType=user&entityId=" + this.clerkId)
			.json()
			.findValuesAsText("action")).contains("USER_DISABLED", "USER_ENABLED");
	}

	private Api.Response change(String current, String next) {
		return this.clerk.put("/api/v1/users/me/password", Map.of("currentPassword", current, "newPassword", next));
	}

	private static String fieldCode(Api.Response r, String field) {
		assertThat(r.status()).as(r.toString()).isEqualTo(400);
		for (JsonNode e : r.json().path("errors")) {
			if (e.path("field").asText().equals(field)) {
				return e.path("code").asText();
			}
		}
		return null;
	}

}
