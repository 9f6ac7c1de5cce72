package vn.luutru.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the tests that drive the running application over HTTP, as its users do. Each
 * test makes its own agencies and users, so tests sharing one application stay apart.
 */
public abstract class ApiTestSupport {

	public static final String PASSWORD = "mat-khau-1";

	private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 500));

	@LocalServerPort
	protected int port;

	protected Api admin;

	@BeforeEach
	void signInAdmin() {
		this.admin = new Api(this.port, "admin", "admin-test-pw");
	}

	protected Api as(String user) {
		return new Api(this.port, user, PASSWORD);
	}

	protected Api anonymous() {
		return new Api(this.port, null, null);
	}

	/** A unique, valid QCVN 102:2016 agency code. */
	protected static String newAgencyCode() {
		int n = SEQ.incrementAndGet();
		return String.format("%03d.%02d.%02d.T%02d", n % 1000, (n / 1000) % 100, 16, n % 100);
	}

	/**
	 * The province has one historical archive: the first test makes it, the others reuse
	 * it.
	 */
	protected String historicalArchive() {
		// The one LuuTru transfers to: the first registered (AgencyDirectory), whatever
		// other archives the tests sharing this context added.
		JsonNode first = null;
		for (JsonNode agency : this.admin.get("/api/v1/agencies").json()) {
			if (agency.path("historicalArchive").asBoolean()
					&& (first == null || agency.path("id").asLong() < first.path("id").asLong())) {
				first = agency;
			}
		}
		if (first != null) {
			return first.path("code").asText();
		}
		return createAgency("Trung tâm Lưu trữ lịch sử tỉnh Sơn La", true).path("code").asText();
	}

	protected JsonNode createAgency(String name, boolean historicalArchive) {
		String code = newAgencyCode();
		Api.Response r = this.admin.post("/api/v1/agencies",
				Map.of("code", code, "fondsCode", "P" + code.substring(0, 3), "name", name, "historicalArchive",
						historicalArchive, "transferSource", true));
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		return r.json();
	}

	/** Creates a user in an agency with roles and returns a client signed in as them. */
	protected Api createUser(String agencyCode, String... roles) {
		return createNamedUser(agencyCode, "Nguyễn Văn", "Thử", roles);
	}

	/** A user with a name of his own, for documents that print who acted. */
	protected Api createNamedUser(String agencyCode, String firstName, String lastName, String... roles) {
		String userId = "u" + SEQ.incrementAndGet() + "." + roles[0].toLowerCase().replace('_', '-');
		Api.Response r = this.admin.post("/api/v1/users", Map.of("userId", userId, "firstName", firstName, "lastName",
				lastName, "password", PASSWORD, "agencyCode", agencyCode, "roles", List.of(roles)));
		assertThat(r.status()).as(r.toString()).isEqualTo(201);
		return as(userId);
	}

}
