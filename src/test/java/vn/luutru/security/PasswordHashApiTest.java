package vn.luutru.security;

import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.luutru.demo.DemoAccounts;
import vn.luutru.support.Api;
import vn.luutru.support.ApiTest;
import vn.luutru.support.ApiTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passwords are stored with bcrypt; a password stored by an earlier version (Camunda's
 * salted SHA-512) still logs in once and is stored with bcrypt from then on.
 */
@ApiTest
class PasswordHashApiTest extends ApiTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void newPasswordsAreBcrypt() {
		String agency = createAgency("Sở Nội vụ tỉnh Sơn La", false).path("code").asText();
		String userId = CsrfApiTest.userIdOf(createUser(agency, "clerk"));
		assertThat(storedHash(userId)).startsWith("{bcrypt}$2a$10$");
	}

	@Test
	void anOldSha512PasswordLogsInAndIsRehashedWithBcrypt() {
		String agency = createAgency("Sở Nội vụ tỉnh Sơn La", false).path("code").asText();
		String userId = CsrfApiTest.userIdOf(createUser(agency, "clerk"));
		// As an earlier LuuTru stored the demo password: Camunda's salted SHA-512.
		String salt = "c2FsdC1jdWEtYmFuLWN1";
		String oldHash = "{SHA-512}" + new Sha512HashDigest().encrypt(DemoAccounts.PASSWORD + salt);
		this.jdbc.update("update ACT_ID_USER set PWD_ = ?, SALT_ = ? where ID_ = ?", oldHash, salt, userId);

		Api demo = new Api(this.port, userId, DemoAccounts.PASSWORD);
		assertThat(new Api(this.port, userId, "sai-mat-khau").get("/api/v1/users/me").status()).isEqualTo(401);
		assertThat(storedHash(userId)).isEqualTo(oldHash);
		assertThat(demo.get("/api/v1/users/me").status()).isEqualTo(200);
		assertThat(storedHash(userId)).startsWith("{bcrypt}$2a$10$");
		assertThat(demo.get("/api/v1/users/me").status()).isEqualTo(200);
		assertThat(new Browser(this.port).camundaLogin("tasklist", userId, DemoAccounts.PASSWORD).statusCode())
			.isEqualTo(200);
	}

	private String storedHash(String userId) {
		return this.jdbc.queryForObject("select PWD_ from ACT_ID_USER where ID_ = ?", String.class, userId);
	}

}
