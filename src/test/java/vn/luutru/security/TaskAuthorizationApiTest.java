package vn.luutru.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.luutru.support.Api;
import vn.luutru.support.ApiTest;
import vn.luutru.support.ApiTestSupport;
import vn.luutru.support.Engine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camunda authorization is on: a task is seen and completed only by its candidate group,
 * within its agency; managers watch every agency's tasks but decide none; each role opens
 * the Tasklist on its own filters.
 */
@ApiTest
class TaskAuthorizationApiTest extends ApiTestSupport {

	Engine engine;

	String agency;

	Api clerk;

	Api archivist;

	Api otherClerk;

	Api manager;

	String fileCode;

	@BeforeEach
	void aFileWaitingForItsClerk() {
		this.engine = new Engine(this.admin);
		this.agency = createAgency("Sở Tài chính tỉnh Sơn La", false).path("code").asText();
		String other = createAgency("Sở Xây dựng tỉnh Sơn La", false).path("code").asText();
		this.clerk = createUser(this.agency, "clerk");
		this.archivist = createUser(this.agency, "archivist");
		this.otherClerk = createUser(other, "clerk");
		this.manager = createUser(other, "manager");
		JsonNode file = this.clerk
			.post("/api/v1/files", Map.of("year", 2025, "fileNotation", "03.KHTC", "title",
					"Hồ sơ dự toán ngân sách năm 2025", "maintenanceCode", "06", "startDate", "2025-01-06"))
			.json();
		this.clerk.post("/api/v1/files/" + file.path("id").asLong() + "/close", Map.of("endDate", "2025-02-01"));
		this.engine.runJobs();
		this.fileCode = file.path("fileCode").asText();
	}

	@Test
	void onlyTheCandidateGroupOfTheAgencySeesAndCompletesTheTask() {
		JsonNode task = this.engine.task(this.clerk, this.fileCode, "Task_CompleteFile");
		String complete = "/engine-rest/task/" + task.path("id").asText() + "/complete";

		assertThat(this.engine.count(this.archivist, this.fileCode, "Task_CompleteFile"))
			.as("another role of the same agency")
			.isZero();
		assertThat(this.engine.count(this.otherClerk, this.fileCode, "Task_CompleteFile"))
			.as("the same role in another agency")
			.isZero();
		assertThat(this.engine.count(this.manager, this.fileCode, "Task_CompleteFile")).as("managers watch")
			.isEqualTo(1);

		for (Api stranger : List.of(this.archivist, this.otherClerk, this.manager)) {
			Api.Response refused = stranger.post(complete, Map.of());
			assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
		}
		assertThat(this.engine.count(this.clerk, this.fileCode, "Task_CompleteFile")).isEqualTo(1);

		Api.Response done = this.clerk.post(complete, Map.of());
		assertThat(done.status()).as(done.toString()).isEqualTo(204);
	}

	@Test
	void aTaskHandedToSomeoneOutsideItsGroupsIsStillNotTheirsToDecide() {
		String id = this.engine.task(this.clerk, this.fileCode, "Task_CompleteFile").path("id").asText();
		String task = "/engine-rest/task/" + id;
		String archivistId = this.archivist.userId();

		Api.Response assigned = this.clerk.post(task + "/assignee", Map.of("userId", archivistId));
		assertThat(assigned.status()).as(assigned.toString()).isEqualTo(204);
		Api.Response linked = this.clerk.post(task + "/identity-links",
				Map.of("groupId", "archivist", "type", "candidate"));
		assertThat(linked.status()).as(linked.toString()).isEqualTo(204);
		Api.Response refused = this.archivist.post(task + "/complete", Map.of());
		assertThat(refused.status()).as("the archivist was handed the clerk's task: " + refused).isEqualTo(403);

		Api.Response bytes = this.clerk.post(task + "/complete",
				Map.of("variables", Map.of("comment", Map.of("value", "eA==", "type", "Bytes"))));
		assertThat(bytes.status()).as(bytes.toString()).isEqualTo(400);
		assertThat(bytes.text()).contains("Chỉ được ghi chữ, số");
		Api.Response object = this.clerk.post(task + "/variables",
				Map.of("modifications", Map.of("comment", Map.of("value", "{}", "type", "Json"))));
		assertThat(object.status()).as(object.toString()).isEqualTo(400);
		// A serialized Java object is refused unread, whether the task exists or not.
		Map<String, Object> serialized = Map.of("variables",
				Map.of("comment",
						Map.of("type", "Object", "value", "rO0ABXQAA2FiYw==", "valueInfo",
								Map.of("objectTypeName", "java.lang.String", "serializationDataFormat",
										"application/x-java-serialized-object"))));
		Api.Response untyped = this.clerk.post(task + "/complete",
				Map.of("variables", Map.of("comment", Map.of("value", Map.of("a", 1)))));
		assertThat(untyped.status()).as(untyped.toString()).isEqualTo(400);
		assertThat(untyped.text()).contains("comment", "Chỉ được ghi chữ, số");
		for (String target : List.of(task, "/engine-rest/task/khong-co-viec-nay")) {
			Api.Response unread = this.clerk.post(target + "/complete", serialized);
			assertThat(unread.status()).as(unread.toString()).isEqualTo(400);
			assertThat(unread.text()).contains("comment", "Chỉ được ghi chữ, số", "Only text, numbers");
		}

		Api.Response done = this.clerk.post(task + "/complete", Map.of());
		assertThat(done.status()).as(done.toString()).isEqualTo(204);
		Api.Response again = this.clerk.post(task + "/complete", Map.of());
		assertThat(again.status()).as("a finished task is not found: " + again).isEqualTo(404);
		Api.Response negative = this.clerk.get("/engine-rest/task?maxResults=-5");
		assertThat(negative.status()).as(negative.toString()).isEqualTo(400);
	}

	@Test
	void everyOfficerOpensTheTasklistWithTheFiltersOfHisRole() {
		for (Api user : List.of(this.clerk, this.archivist, this.manager)) {
			JsonNode check = user
				.get("/engine-rest/authorization/check?permissionName=ACCESS"
						+ "&resourceName=application&resourceType=0&resourceId=tasklist")
				.json();
			assertThat(check.path("authorized").asBoolean()).as(check.toString()).isTrue();
		}
		assertThat(filters(this.clerk)).containsExactlyInAnyOrder("Việc của tôi", "Cần bổ sung hồ sơ");
		assertThat(filters(this.archivist)).containsExactlyInAnyOrder("Việc của tôi", "Hồ sơ chờ thẩm định");
		assertThat(filters(this.manager)).containsExactlyInAnyOrder("Việc của tôi", "Việc quá hạn");
		assertThat(cockpit(this.manager)).isTrue();
		assertThat(cockpit(this.clerk)).isFalse();
	}

	private static List<String> filters(Api user) {
		List<String> names = new ArrayList<>();
		user.get("/engine-rest/filter").json().forEach((f) -> names.add(f.path("name").asText()));
		return names;
	}

	private static boolean cockpit(Api user) {
		return user
			.get("/engine-rest/authorization/check?permissionName=ACCESS&resourceName=application&resourceType=0"
					+ "&resourceId=cockpit")
			.json()
			.path("authorized")
			.asBoolean();
	}

}
