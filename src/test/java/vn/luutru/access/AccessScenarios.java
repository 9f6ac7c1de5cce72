package vn.luutru.access;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.luutru.hostile.WebappSession;
import vn.luutru.retention.DepositedFiles;
import vn.luutru.support.Api;
import vn.luutru.support.ApiTestSupport;
import vn.luutru.support.Engine;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.luutru.common.ProblemAssert.refused;

/**
 * Readers register, ask for files with a purpose, are granted public files at once and
 * conditional ones on the archive's decision, read pages inside their grants only, and
 * every page they see is counted for the archive. Run on H2 and on MariaDB.
 */
abstract class AccessScenarios extends ApiTestSupport {

	private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 10_000));

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	JdbcTemplate jdbc;

	Engine engine;

	Api archivist;

	Api stranger;

	DepositedFiles files;

	ReadingRoomSetup readers;

	@BeforeEach
	void agencyWithArchive() {
		this.engine = new Engine(this.admin);
		String code = createAgency("Sở Văn hóa tỉnh Sơn La", false).path("code").asText();
		Api clerk = createUser(code, "clerk");
		this.archivist = createUser(code, "archivist");
		this.stranger = createUser(createAgency("Sở Y tế tỉnh Sơn La", false).path("code").asText(), "archivist");
		this.files = new DepositedFiles(this.engine, clerk, this.archivist);
		this.readers = new ReadingRoomSetup(this.port, createUser(historicalArchive(), "historical-archive"));
	}

	static String newReaderId() {
		return "docgia" + SEQ.incrementAndGet();
	}

	JsonNode file(String title, String accessMode) {
		return this.files.deposit(SEQ.incrementAndGet() + ".VH", title, 10, 2024, accessMode);
	}

	@Test
	void publicFileIsGrantedAtOnceAndEveryViewIsCounted() {
		JsonNode file = file("Hồ sơ lễ hội Hoa Ban năm 2024", "01");
		String readerId = newReaderId();
		Api reader = this.readers.register(readerId, "Lò Thị Hoa");
		assertThat(ReadingRoomSetup.ask(reader, "01", file.path("fileCode").asText()).status())
			.as("a reader waiting for approval asks for nothing")
			.isEqualTo(403);
		this.readers.approvedAlready(readerId);

		Api.Response asked = ReadingRoomSetup.ask(reader, "01", file.path("fileCode").asText());

		assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
		assertThat(asked.json().path("request").path("status").asText()).isEqualTo("GRANTED");
		JsonNode grant = asked.json().path("grants").get(0);
		Instant granted = Instant.parse(grant.path("grantedAt").asText());
		assertThat(Instant.parse(grant.path("validUntil").asText())).isEqualTo(granted.plusSeconds(15 * 86_400));
		JsonNode opened = reader.get("/api/v1/grants/" + grant.path("id").asLong()).json();
		long documentId = opened.path("documents").get(0).path("documentId").asLong();
		Api.Response page = reader.get(ReadingRoomSetup.page(grant, documentId, 1));
		assertThat(page.status()).as(page.toString()).isEqualTo(200);
		assertThat(page.contentType()).startsWith("image/png");
		assertThat(page.body()).startsWith(0x89, 'P', 'N', 'G');
		assertThat(reader.get(ReadingRoomSetup.page(grant, documentId, 1)).status()).isEqualTo(200);
		assertThat(reader.get(ReadingRoomSetup.page(grant, documentId, 2)).status()).as("the PDF has one page")
			.isEqualTo(404);

		JsonNode usage = this.archivist.get("/api/v1/access-usage/files/" + file.path("id").asLong()).json();
		assertThat(usage.path("views").asLong()).isEqualTo(2);
		assertThat(usage.path("readers").get(0).path("readerId").asText()).isEqualTo(readerId);
		assertThat(usage.path("readers").get(0).path("fullName").asText()).isEqualTo("Lò Thị Hoa");
		assertThat(usage.path("documents").get(0).path("views").asLong()).isEqualTo(2);
		assertThat(usage.path("documents").get(0).path("readers").asLong()).isEqualTo(1);
		JsonNode byDocument = this.archivist.get("/api/v1/access-usage/documents/" + documentId).json();
		assertThat(byDocument.path("views").asLong()).isEqualTo(2);
		assertThat(this.stranger.get("/api/v1/access-usage/files/" + file.path("id").asLong()).status())
			.as("another agency's officer learns nothing")
			.isEqualTo(404);
		assertThat(reader.get("/api/v1/access-usage/files/" + file.path("id").asLong()).status()).isEqualTo(403);
	}

	@Test
	void conditionalFilesWaitForTheArchiveWhichApprovesOrRejectsWithAReason() {
		JsonNode file = file("Hồ sơ giải quyết khiếu nại năm 2024", "02");
		String code = file.path("fileCode").asText();
		Api reader = this.readers.approved(newReaderId(), "Cầm Văn Kiên");

		JsonNode rejected = ReadingRoomSetup.ask(reader, "02", code).json();
		long first = rejected.path("request").path("id").asLong();
		assertThat(rejected.path("request").path("status").asText()).isEqualTo("PENDING");
		assertThat(rejected.path("statusLabel").asText()).isEqualTo("Chờ lưu trữ duyệt / Waiting for the archive");
		assertThat(rejected.path("purposeLabel").asText()).isEqualTo("Công vụ / Official");
		assertThat(rejected.path("grants")).isEmpty();
		Instant requestedAt = Instant.parse(rejected.path("request").path("requestedAt").asText());
		assertThat(Instant.parse(rejected.path("request").path("dueAt").asText()))
			.as("seven working days (DOMAIN.md §6)")
			.isEqualTo(this.calendar.dueAt(requestedAt, 7));
		String decide = "/api/v1/access-requests/" + first + "/decision";
		assertThat(this.stranger.post(decide, Map.of("decision", "APPROVE")).status()).isEqualTo(404);
		assertThat(reader.post(decide, Map.of("decision", "APPROVE")).status()).isEqualTo(403);
		refused(this.archivist.post(decide, Map.of("decision", "REJECT")), 400, "rejectionReason", "lý do", "reason");
		refused(this.archivist.post(decide, Map.of("decision", "MAYBE")), 400, "accessDecision", "APPROVE",
				"APPROVE or REJECT");

		Api.Response no = this.archivist.post(decide,
				Map.of("decision", "REJECT", "reason", "Hồ sơ đang được chỉnh lý"));
		assertThat(no.status()).as(no.toString()).isEqualTo(200);
		assertThat(no.json().path("request").path("status").asText()).isEqualTo("REJECTED");
		assertThat(
				reader.get("/api/v1/access-requests/" + first).json().path("request").path("rejectionReason").asText())
			.isEqualTo("Hồ sơ đang được chỉnh lý");
		assertThat(this.archivist.post(decide, Map.of("decision", "APPROVE")).status()).as("decided once")
			.isEqualTo(409);
		assertThat(reader.get("/reader").text()).as("the reader's page says where his request stands, in words")
			.contains("<td class=\"request-status\">Bị từ chối / Rejected</td>", "<td>Công vụ / Official</td>")
			.doesNotContain("REJECTED");

		long second = ReadingRoomSetup.ask(reader, "02", code).json().path("request").path("id").asLong();
		Api.Response yes = this.archivist.post("/api/v1/access-requests/" + second + "/decision",
				Map.of("decision", "APPROVE"));
		assertThat(yes.json().path("request").path("status").asText()).isEqualTo("APPROVED");
		assertThat(reader.get("/reader").text()).contains("<td class=\"request-status\">Đã đồng ý / Approved</td>",
				"<td class=\"grant-state\">Còn hiệu lực / Valid</td>");
		JsonNode grant = yes.json().path("grants").get(0);
		JsonNode opened = reader.get("/api/v1/grants/" + grant.path("id").asLong()).json();
		long documentId = opened.path("documents").get(0).path("documentId").asLong();
		assertThat(reader.get(ReadingRoomSetup.page(grant, documentId, 1)).status()).isEqualTo(200);
		assertThat(this.archivist.get("/api/v1/access-requests").json().findValues("id")).extracting(JsonNode::asLong)
			.contains(first, second);
		assertThat(this.stranger.get("/api/v1/access-requests/" + first).status()).isEqualTo(404);
	}

	@Test
	void deadlinesCountWorkingDaysAcrossWeekendsAndHolidays() {
		// Friday 24/4/2026: Monday 27/4 (Giỗ Tổ, in lieu), 30/4, 1/5 and two weekends do
		// not count.
		assertThat(this.calendar.dueDate(LocalDate.of(2026, 4, 24), 7)).isEqualTo(LocalDate.of(2026, 5, 8));
		assertThat(this.calendar.dueDate(LocalDate.of(2026, 4, 29), 1)).isEqualTo(LocalDate.of(2026, 5, 4));
		assertThat(this.calendar.dueDate(LocalDate.of(2026, 2, 13), 1)).as("Tết Bính Ngọ")
			.isEqualTo(LocalDate.of(2026, 2, 23));
		// The seeded calendar of 2025 and 2027 (V67): Tết Ất Tỵ took Monday 27/1 to
		// Friday
		// 31/1; Tết Đinh Mùi's 1st and 2nd days fall on a weekend and are taken on
		// Wednesday
		// 10/2 and Thursday 11/2; Giỗ Tổ 7/4/2025 and Quốc khánh 1-2/9/2025.
		assertThat(this.calendar.dueDate(LocalDate.of(2025, 1, 24), 1)).as("Tết Ất Tỵ")
			.isEqualTo(LocalDate.of(2025, 2, 3));
		assertThat(this.calendar.dueDate(LocalDate.of(2027, 2, 4), 1)).as("Tết Đinh Mùi")
			.isEqualTo(LocalDate.of(2027, 2, 12));
		assertThat(this.calendar.dueDate(LocalDate.of(2025, 4, 4), 1)).as("Giỗ Tổ 2025")
			.isEqualTo(LocalDate.of(2025, 4, 8));
		assertThat(this.calendar.dueDate(LocalDate.of(2025, 8, 29), 1)).as("Quốc khánh 2025")
			.isEqualTo(LocalDate.of(2025, 9, 3));
		Instant friday = LocalDate.of(2026, 4, 24).atTime(16, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
		assertThat(this.calendar.dueAt(friday, 1))
			.isEqualTo(LocalDate.of(2026, 4, 29).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
		assertThat(this.admin.get("/api/v1/holidays?year=2026").json().findValuesAsText("holidayOn"))
			.contains("2026-04-30", "2026-05-01", "2026-09-02");
		for (String year : List.of("2147483647", "1000000000", "-2147483648", "1899", "2201")) {
			refused(this.archivist.get("/api/v1/holidays?year=" + year), 400, "year", "Năm phải từ 1900 đến 2200",
					"between 1900 and 2200");
		}

		Api.Response added = this.admin.put("/api/v1/holidays/2026-05-05", Map.of("name", "Ngày nghỉ thêm"));
		try {
			assertThat(added.status()).as(added.toString()).isEqualTo(200);
			assertThat(this.calendar.dueDate(LocalDate.of(2026, 4, 24), 7)).isEqualTo(LocalDate.of(2026, 5, 11));
		}
		finally {
			assertThat(this.admin.delete("/api/v1/holidays/2026-05-05").status()).isEqualTo(204);
		}
		assertThat(this.calendar.dueDate(LocalDate.of(2026, 4, 24), 7)).isEqualTo(LocalDate.of(2026, 5, 8));
		assertThat(this.archivist.put("/api/v1/holidays/2026-05-06", Map.of("name", "X")).status()).isEqualTo(403);
		refused(this.admin.put("/api/v1/holidays/2026-05-06", Map.of("name", " ")), 400, "name", "Bắt buộc", "");
	}

	@Test
	void expiredAndRevokedGrantsAreRefused() {
		JsonNode file = file("Hồ sơ xây dựng nhà văn hóa bản Mòng", "01");
		Api reader = this.readers.approved(newReaderId(), "Quàng Văn Pọm");
		JsonNode expiring = ReadingRoomSetup.ask(reader, "01", file.path("fileCode").asText())
			.json()
			.path("grants")
			.get(0);
		JsonNode revoked = ReadingRoomSetup.ask(reader, "01", file.path("fileCode").asText())
			.json()
			.path("grants")
			.get(0);
		long documentId = reader.get("/api/v1/grants/" + expiring.path("id").asLong())
			.json()
			.path("documents")
			.get(0)
			.path("documentId")
			.asLong();

		// Sixteen days later: the grant's end has passed (the tests have no clock to
		// move).
		this.jdbc.update("update lt_access_grant set granted_at = ?, valid_until = ? where id = ?",
				java.sql.Timestamp.from(Instant.now().minusSeconds(16 * 86_400)),
				java.sql.Timestamp.from(Instant.now().minusSeconds(86_400)), expiring.path("id").asLong());
		Api.Response late = reader.get(ReadingRoomSetup.page(expiring, documentId, 1));
		assertThat(late.status()).as(late.toString()).isEqualTo(403);
		assertThat(late.json().path("detail").asText()).contains("hết hạn");
		assertThat(reader.get("/api/v1/grants/" + expiring.path("id").asLong()).status()).isEqualTo(403);

		String revoke = "/api/v1/grants/" + revoked.path("id").asLong() + "/revocation";
		refused(this.archivist.post(revoke, Map.of()), 400, "reason", "Bắt buộc", "");
		assertThat(this.stranger.post(revoke, Map.of("reason", "x")).status()).isEqualTo(404);
		assertThat(reader.post(revoke, Map.of("reason", "x")).status()).isEqualTo(403);
		assertThat(this.archivist.post(revoke, Map.of("reason", "Độc giả vi phạm nội quy phòng đọc")).status())
			.isEqualTo(200);
		Api.Response taken = reader.get(ReadingRoomSetup.page(revoked, documentId, 1));
		assertThat(taken.status()).isEqualTo(403);
		assertThat(taken.json().path("detail").asText()).contains("thu hồi");
		assertThat(reader.get("/reader").text()).as("the reader's page says why a grant no longer opens")
			.contains("<td class=\"grant-state\">Đã hết hạn / Expired</td>",
					"<td class=\"grant-state\">Đã bị thu hồi / Revoked</td>")
			.doesNotContain("REVOKED", "EXPIRED");
		assertThat(this.archivist.get("/api/v1/access-usage/files/" + file.path("id").asLong())
			.json()
			.path("views")
			.asLong()).as("refused pages are not views").isZero();
	}

	@Test
	void aPublicFileRevokedFromAReaderIsNotGrantedAtOnceAgainButWaitsForTheApprover() {
		String revokedCode = file("Hồ sơ xây dựng trường tiểu học bản Hụm", "01").path("fileCode").asText();
		String otherCode = file("Hồ sơ lễ hội Xên Bản năm 2024", "01").path("fileCode").asText();
		Api reader = this.readers.approved(newReaderId(), "Lường Văn Hặc");
		JsonNode revoked = ReadingRoomSetup.ask(reader, "01", revokedCode).json().path("grants").get(0);
		long documentId = reader.get("/api/v1/grants/" + revoked.path("id").asLong())
			.json()
			.path("documents")
			.get(0)
			.path("documentId")
			.asLong();
		assertThat(this.archivist
			.post("/api/v1/grants/" + revoked.path("id").asLong() + "/revocation",
					Map.of("reason", "Độc giả chụp ảnh tài liệu trái phép"))
			.status()).isEqualTo(200);

		Api.Response again = reader.post("/api/v1/access-requests",
				Map.of("purpose", "01", "purposeContent", "again", "fileCodes", List.of(revokedCode, otherCode)));
		assertThat(again.status()).as(again.toString()).isEqualTo(201);
		assertThat(again.json().path("request").path("status").asText()).as("it waits for the approver")
			.isEqualTo("PENDING");
		assertThat(again.json().path("grants").findValuesAsText("fileCode")).as("only the file never revoked")
			.containsExactly(otherCode);
		assertThat(reader.get(ReadingRoomSetup.page(revoked, documentId, 1)).status()).isEqualTo(403);
		long id = again.json().path("request").path("id").asLong();
		assertThat(this.engine.count(this.archivist, AccessProcessStarter.requestKey(id), "Task_DecideAccessRequest"))
			.isEqualTo(1);

		JsonNode seen = this.archivist.get("/api/v1/access-requests/" + id).json();
		for (JsonNode f : seen.path("files")) {
			boolean wasRevoked = f.path("fileCode").asText().equals(revokedCode);
			assertThat(f.path("revokeReason").asText(null)).as("the approver sees why it was revoked")
				.isEqualTo(wasRevoked ? "Độc giả chụp ảnh tài liệu trái phép" : null);
			assertThat(f.path("revokedAt").isTextual()).isEqualTo(wasRevoked);
		}

		Api.Response yes = this.archivist.post("/api/v1/access-requests/" + id + "/decision",
				Map.of("decision", "APPROVE"));
		assertThat(yes.status()).as(yes.toString()).isEqualTo(200);
		assertThat(yes.json().path("grants").findValuesAsText("fileCode")).containsExactlyInAnyOrder(revokedCode,
				otherCode);
		JsonNode regranted = null;
		for (JsonNode g : yes.json().path("grants")) {
			if (g.path("fileCode").asText().equals(revokedCode)) {
				regranted = g;
			}
		}
		assertThat(reader.get(ReadingRoomSetup.page(regranted, documentId, 1)).status()).isEqualTo(200);
		assertThat(reader.get(ReadingRoomSetup.page(revoked, documentId, 1)).status()).as("revoked stays revoked")
			.isEqualTo(403);
		assertThat(ReadingRoomSetup.ask(reader, "01", revokedCode).json().path("request").path("status").asText())
			.as("every later request waits too")
			.isEqualTo("PENDING");
	}

	@Test
	void anotherReadersGrantIsNotUsable() {
		JsonNode file = file("Hồ sơ địa giới hành chính năm 2024", "01");
		Api owner = this.readers.approved(newReaderId(), "Hà Thị Lan");
		Api other = this.readers.approved(newReaderId(), "Tòng Văn Hặc");
		JsonNode asked = ReadingRoomSetup.ask(owner, "01", file.path("fileCode").asText()).json();
		JsonNode grant = asked.path("grants").get(0);
		long documentId = owner.get("/api/v1/grants/" + grant.path("id").asLong())
			.json()
			.path("documents")
			.get(0)
			.path("documentId")
			.asLong();

		assertThat(other.get("/api/v1/grants/" + grant.path("id").asLong()).status()).isEqualTo(404);
		assertThat(other.get(ReadingRoomSetup.page(grant, documentId, 1)).status()).isEqualTo(404);
		assertThat(other.get("/api/v1/access-requests/" + asked.path("request").path("id").asLong()).status())
			.isEqualTo(404);
		assertThat(other.get("/api/v1/grants").json()).isEmpty();
		assertThat(other.get("/api/v1/access-requests").json()).isEmpty();
		assertThat(this.archivist.get(ReadingRoomSetup.page(grant, documentId, 1)).status())
			.as("an officer does not read through a reader's grant")
			.isEqualTo(404);
	}

	@Test
	void hostileReaderReachesNoRecordsNoEngineAndNoWebapp() {
		JsonNode secret = file("Hồ sơ mật năm 2024", "03");
		JsonNode open = this.files.deposit(SEQ.incrementAndGet() + ".VH", "Hồ sơ công khai", 10, 2024, "01");
		String readerId = newReaderId();
		Api reader = this.readers.approved(readerId, "Lường Văn Tú");

		assertThat(reader.get("/api/v1/files").status()).isEqualTo(403);
		assertThat(reader.get("/api/v1/files/" + open.path("id").asLong()).status()).isEqualTo(403);
		assertThat(reader.get("/api/v1/files/" + open.path("id").asLong() + "/documents").status()).isEqualTo(403);
		assertThat(reader.get("/api/v1/audit/verify").status()).isEqualTo(403);
		assertThat(reader.get("/engine-rest/task").status()).isEqualTo(403);
		assertThat(reader.get("/engine-rest/process-definition").status()).isEqualTo(403);
		assertThat(reader.post("/engine-rest/task", Map.of()).status()).isEqualTo(403);
		assertThat(reader.get("/camunda/api/engine/engine/default/task").status()).isEqualTo(403);
		assertThat(reader.get("/api/v1/readers").status()).as("the list of readers").isEqualTo(403);
		assertThat(reader.post("/api/v1/readers/" + readerId + "/decision", Map.of("decision", "APPROVE")).status())
			.isEqualTo(403);
		assertThat(reader.put("/api/v1/holidays/2026-12-24", Map.of("name", "x")).status()).isEqualTo(403);
		WebappSession tasklist = WebappSession.signIn("http://localhost:" + this.port, readerId, PASSWORD);
		assertThat(tasklist.login.status()).as("no Tasklist for readers").isIn(401, 403);
		WebappSession welcome = WebappSession.signIn("http://localhost:" + this.port, readerId, PASSWORD, "welcome");
		for (String route : new String[] { "/task", "/user", "/group", "/version" }) {
			assertThat(welcome.get(WebappSession.ENGINE + route).status())
				.as("the engine through the webapps' own login: " + route)
				.isEqualTo(403);
		}
		Api.Response reserved = anonymous().post("/api/v1/readers",
				ReadingRoomSetup.registration("system", "Người Hệ Thống"));
		refused(reserved, 400, "userId", "dành cho hệ thống", "reserved");

		refused(ReadingRoomSetup.ask(reader, "01", secret.path("fileCode").asText()), 400, "fileCodes",
				"không có trong kho lưu trữ mở cho độc giả", "not in an archive open to readers");
		refused(ReadingRoomSetup.ask(reader, "01", "000.00.00.X99.2024.1.VH"), 400, "fileCodes",
				"không có trong kho lưu trữ mở cho độc giả", "not in an archive open to readers");
		refused(ReadingRoomSetup.ask(reader, "09", open.path("fileCode").asText()), 400, "purpose", "01 (cá nhân)",
				"01 (personal)");

		Api.Response account = reader.get("/account");
		assertThat(account.status()).as("a reader's account page").isEqualTo(200);
		assertThat(account.text()).contains("Phòng đọc trực tuyến", "Đổi mật khẩu").doesNotContain("/dashboard");
		assertThat(reader
			.put("/api/v1/users/me/password", Map.of("currentPassword", PASSWORD, "newPassword", "Doc-gia-moi#2026"))
			.status()).as("a reader changes his own password").isEqualTo(204);
		assertThat(new Api(this.port, readerId, "Doc-gia-moi#2026").get("/api/v1/users/me").status()).isEqualTo(200);
		assertThat(reader.get("/api/v1/users/me").status()).as("the old password no longer opens").isEqualTo(401);
	}

	@Test
	void registrationIsCheckedFieldByFieldAndARejectionCarriesItsReason() {
		Map<String, Object> bad = ReadingRoomSetup.registration("A b", " ");
		bad.put("birthDate", LocalDate.now().plusDays(1).toString());
		bad.put("identityNumber", "12345");
		bad.put("phone", "12ab");
		bad.put("email", "khong-phai-thu");
		Api.Response r = anonymous().post("/api/v1/readers", bad);
		refused(r, 400, "userId", "Tên đăng nhập", "login");
		refused(r, 400, "fullName", "Bắt buộc", "");
		refused(r, 400, "birthDate", "Ngày sinh", "date of birth");
		refused(r, 400, "identityNumber", "Số căn cước", "identity number");
		refused(r, 400, "phone", "Số điện thoại", "phone");
		refused(r, 400, "email", "thư điện tử", "e-mail");

		String readerId = newReaderId();
		Map<String, Object> form = ReadingRoomSetup.registration(readerId, "Vì Thị Xuân");
		assertThat(anonymous().post("/api/v1/readers", form).status()).isEqualTo(201);
		form.put("userId", newReaderId());
		refused(anonymous().post("/api/v1/readers", form), 400, "identityNumber", "đã được dùng", "already");
		Api reader = as(readerId);
		assertThat(reader.get("/api/v1/readers/me").json().path("status").asText()).isEqualTo("PENDING");

		Api historical = createUser(historicalArchive(), "historical-archive");
		String decide = "/api/v1/readers/" + readerId + "/decision";
		assertThat(this.archivist.post(decide, Map.of("decision", "APPROVE")).status())
			.as("the historical archive decides")
			.isEqualTo(403);
		refused(historical.post(decide, Map.of("decision", "REJECT")), 400, "rejectionReason", "lý do", "reason");
		Api.Response no = historical.post(decide, Map.of("decision", "REJECT", "reason", "Giấy tờ không khớp"));
		assertThat(no.json().path("status").asText()).as(no.toString()).isEqualTo("REJECTED");
		assertThat(reader.get("/api/v1/readers/me").json().path("rejectionReason").asText())
			.isEqualTo("Giấy tờ không khớp");
		assertThat(ReadingRoomSetup.ask(reader, "01", "any").status()).isEqualTo(403);
	}

}
