package vn.luutru.lifecycle;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.luutru.content.ContentProperties;
import vn.luutru.support.Api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An officer who does his own task but tries to make it act on another agency: for each
 * user task he reaches, every process variable that is not one of the task's answers (and
 * a made-up one) is written through every route of the engine's API that carries
 * variables. Each attempt is refused, the task stays open, the process keeps its
 * variables, and nothing of the other agency changes; the task then completes normally.
 */
abstract class TaskAnswersScenarios extends AgencyScenarios {

	@Autowired
	ContentProperties content;

	@Autowired
	ProcessEngine processEngine;

	Api council;

	Api manager;

	Api otherClerk;

	Api otherArchivist;

	JsonNode otherFile;

	JsonNode otherDeposited;

	@BeforeEach
	void twoAgencies() {
		agencyWithOfficers("Sở Tài nguyên và Môi trường tỉnh Sơn La");
		this.council = createUser(this.agencyCode, "council");
		String other = createAgency("Sở Y tế tỉnh Sơn La", false).path("code").asText();
		this.otherClerk = createUser(other, "clerk");
		this.otherArchivist = createUser(other, "archivist");
		Api mine = this.clerk;
		Api myArchivist = this.archivist;
		this.clerk = this.otherClerk;
		this.archivist = this.otherArchivist;
		this.otherDeposited = depositedFile("01.VP", "Kế hoạch công tác y tế năm 2018", "01", null, 2018);
		this.otherFile = closedFile("02.VP", "Hồ sơ phòng chống dịch năm 2018", "06", null, 2018);
		this.clerk = mine;
		this.archivist = myArchivist;
	}

	@Test
	void appraisalTakesOnlyItsAnswers() {
		JsonNode file = closedFile("03.VP", "Hồ sơ thanh tra môi trường năm 2019", "06", null, 2019);
		String code = file.path("fileCode").asText();
		JsonNode task = this.engine.task(this.archivist, code, "Task_AppraiseFile");
		attack(this.archivist, task, Set.of("appraisalDecision", "maintenanceCode", "retentionYears", "accessMode",
				"retainedUntil", "retentionApproval", "comment"));
		escalationTakesOnlyItsNote(task, "Task_EscalateAppraisal");
		// As the Tasklist's form does: its answers, and the file id it only displayed,
		// sent
		// back as it is.
		Api.Response done = this.archivist.post("/engine-rest/task/" + task.path("id").asText() + "/submit-form",
				Map.of("variables",
						Map.of("appraisalDecision", Map.of("value", "DEPOSIT"), "maintenanceCode",
								Map.of("value", "06"), "accessMode", Map.of("value", "01"), "fileId",
								Map.of("value", file.path("id").asLong(), "type", "Long"))));
		assertThat(done.status()).as(done.toString()).isEqualTo(204);
		runAppraisalJobs();
		assertThat(file(file).path("status").asText()).isEqualTo("DEPOSITED");
		otherAgencyUnchanged();
	}

	@Test
	void transferAndDestructionDecisionsTakeOnlyTheirAnswers() {
		depositedFile("04.VP", "Hồ sơ quy hoạch sử dụng đất năm 2019", "01", null, 2019);
		depositedFile("05.VP", "Tập công văn trao đổi năm 2010", "06", null, 2010);
		String transfer = Sweeps.run(this.archivist, this.engine::runJobs, this.agencyCode, "transfers")
			.get(0)
			.path("code")
			.asText();
		String destruction = Sweeps.run(this.archivist, this.engine::runJobs, this.agencyCode, "destructions")
			.get(0)
			.path("code")
			.asText();
		attack(this.head, this.engine.task(this.head, transfer, "Task_ApproveTransferList"),
				Set.of("decision", "removedFiles", "comment"));
		JsonNode review = this.engine.task(this.council, destruction, "Task_CouncilReview");
		attack(this.council, review, Set.of("councilDecisions", "comment"));
		escalationTakesOnlyItsNote(review, "Task_EscalateCouncilReview");
		this.engine.complete(this.council, destruction, "Task_CouncilReview", "councilDecisions", "[]");
		this.engine.runJobs();
		JsonNode decision = this.engine.task(this.head, destruction, "Task_ApproveDestruction");
		attack(this.head, decision, Set.of("decision", "comment", "decisionNumber", "decisionDate"));
		escalationTakesOnlyItsNote(decision, "Task_EscalateDestructionDecision");
		this.engine.complete(this.head, destruction, "Task_ApproveDestruction", "decision", "REJECT", "comment",
				"Chưa đủ căn cứ");
		this.engine.runJobs();
		assertThat(this.engine.count(this.head, destruction, "Task_ApproveDestruction")).as("the decision was taken")
			.isZero();
		otherAgencyUnchanged();
	}

	@Test
	void clerkArchiveAndEscalationTasksTakeOnlyTheirAnswers() {
		JsonNode empty = emptyClosedFile("06.VP");
		attack(this.clerk, this.engine.task(this.clerk, empty.path("fileCode").asText(), "Task_CompleteFile"),
				Set.of("comment"));

		Api archive = createUser(historicalArchive(), "historical-archive");
		depositedFile("07.VP", "Hồ sơ quy hoạch tài nguyên nước năm 2019", "01", null, 2019);
		String transfer = Sweeps.run(this.archivist, this.engine::runJobs, this.agencyCode, "transfers")
			.get(0)
			.path("code")
			.asText();
		escalationTakesOnlyItsNote(this.engine.task(this.head, transfer, "Task_ApproveTransferList"),
				"Task_EscalateTransferApproval");
		this.engine.complete(this.head, transfer, "Task_ApproveTransferList", "decision", "APPROVE");
		this.engine.runJobs();
		JsonNode acceptance = this.engine.task(archive, transfer, "Task_AcceptTransfer");
		attack(archive, acceptance, Set.of("decision", "comment"));
		escalationTakesOnlyItsNote(acceptance, "Task_EscalateAcceptance");
		this.engine.complete(archive, transfer, "Task_AcceptTransfer", "decision", "APPROVE");
		this.engine.runJobs();
		assertThat(this.engine.passed(transfer, "EndEvent_FilesTransferred")).isTrue();
		otherAgencyUnchanged();
	}

	@Test
	void fixityMismatchTaskTakesOnlyTheArchivistsNote() throws Exception {
		Api archive = createUser(historicalArchive(), "historical-archive");
		JsonNode file = depositedFile("08.VP", "Hồ sơ xây dựng quy chế làm việc năm 2017", "01", null, 2017);
		String transfer = Sweeps.run(this.archivist, this.engine::runJobs, this.agencyCode, "transfers")
			.get(0)
			.path("code")
			.asText();
		this.engine.complete(this.head, transfer, "Task_ApproveTransferList", "decision", "APPROVE");
		this.engine.runJobs();
		// The stored content rots after packaging: the fixity check fails.
		String sha = this.clerk.get("/api/v1/files/" + file.path("id").asLong() + "/documents")
			.json()
			.get(0)
			.path("contentSha256")
			.asText();
		// Both copies rot: one good copy would be read instead.
		for (Path location : new Path[] { this.content.root(), this.content.replicaRoot() }) {
			Files.write(location.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha),
					"bit rot".getBytes(), StandardOpenOption.APPEND);
		}
		this.engine.complete(archive, transfer, "Task_AcceptTransfer", "decision", "APPROVE");
		this.engine.runJobs();

		attack(this.archivist, this.engine.task(this.archivist, transfer, "Task_ResolveFixityMismatch"),
				Set.of("comment"));
		this.engine.complete(this.archivist, transfer, "Task_ResolveFixityMismatch", "comment", "Kiểm tra lại kho");
		this.engine.runJobs();
		assertThat(this.engine.passed(transfer, "EndEvent_TransferRejected")).isTrue();
		JsonNode returned = file(file);
		assertThat(returned.path("status").asText()).isEqualTo("DEPOSITED");
		assertThat(returned.path("returnNote").asText()).contains("Kiểm tra lại kho", "Sai mã kiểm tra", sha);
		otherAgencyUnchanged();
	}

	@Test
	void destructionOverdueEscalationTakesOnlyItsNote() {
		depositedFile("09.VP", "Tập công văn trao đổi năm 2011", "06", null, 2011);
		String destruction = Sweeps.run(this.archivist, this.engine::runJobs, this.agencyCode, "destructions")
			.get(0)
			.path("code")
			.asText();
		this.engine.complete(this.council, destruction, "Task_CouncilReview", "councilDecisions", "[]");
		this.engine.runJobs();
		JsonNode decision = this.engine.task(this.head, destruction, "Task_ApproveDestruction");
		this.engine.complete(this.head, destruction, "Task_ApproveDestruction", "decision", "APPROVE", "decisionNumber",
				"20/QĐ-STNMT", "decisionDate", LifecycleScenarios.today().toString());
		// The destruction is under way (its first step waits as a job): its 15 days run
		// out now.
		escalationTakesOnlyItsNote(decision, "Task_EscalateDestruction");
		this.engine.runJobs();
		assertThat(this.engine.passed(destruction, "EndEvent_FilesDestroyed")).isTrue();
		otherAgencyUnchanged();
	}

	@Test
	void dueWarningTakesOnlyTheArchivistsNote() {
		closedFile("10.VP", "Hồ sơ kiểm tra môi trường năm 2015", "06", null, 2015);
		Sweeps.run(this.archivist, this.engine::runJobs, this.agencyCode, "transfers");
		long sweepId = this.archivist.get("/api/v1/retention/sweeps").json().get(0).path("id").asLong();
		String warning = "WARN-" + this.agencyCode + "-" + sweepId;

		attack(this.archivist, this.engine.task(this.archivist, warning, "Task_ReviewUpcomingDeadlines"),
				Set.of("comment"));
		this.engine.complete(this.archivist, warning, "Task_ReviewUpcomingDeadlines", "comment", "Đã xem");
		assertThat(this.engine.passed(warning, "EndEvent_DeadlinesReviewed")).isTrue();
		otherAgencyUnchanged();
	}

	@Test
	void aRefusalLogsOneLineOfOursAndNoEngineError() {
		JsonNode empty = emptyClosedFile("11.VP");
		String base = "/engine-rest/task/"
				+ this.engine.task(this.clerk, empty.path("fileCode").asText(), "Task_CompleteFile")
					.path("id")
					.asText();
		Map<String, Object> vars = Map.of("fileId", Map.of("value", this.otherFile.path("id").asLong()));
		try (CapturedLogs logs = CapturedLogs.start()) {
			refused(this.clerk.post(base + "/complete", Map.of("variables", vars)), 400, "fileId");
			refused(this.clerk.post(base + "/variables", Map.of("modifications", vars)), 400, "fileId");

			assertThat(logs.atLeast(Level.WARN)).as("no error, no stack trace: a refusal is expected input").isEmpty();
			assertThat(logs.of("vn.luutru.config.TaskInputRefusals")).as("one line of ours per refusal")
				.hasSize(2)
				.allSatisfy((line) -> assertThat(line).contains("input refused", "fileId"));
		}
		try (CapturedLogs logs = CapturedLogs.start()) {
			assertThatThrownBy(
					() -> ((ProcessEngineConfigurationImpl) this.processEngine.getProcessEngineConfiguration())
						.getCommandExecutorTxRequired()
						.execute((context) -> {
							throw new IllegalStateException("Lỗi thật của máy chủ / a real failure");
						}))
				.isInstanceOf(IllegalStateException.class);

			assertThat(logs.atLeast(Level.ERROR)).as("a real failure still logs as an error")
				.anySatisfy((e) -> assertThat(e.getFormattedMessage()).contains("ENGINE-16004", "a real failure"));
		}
	}

	/**
	 * The escalation of a task that waited too long: its timer fires now (as after 7
	 * days) and the manager's task is attacked like the others.
	 */
	void escalationTakesOnlyItsNote(JsonNode waiting, String escalationKey) {
		for (JsonNode timer : this.admin
			.get("/engine-rest/job?timers=true&processInstanceId=" + waiting.path("processInstanceId").asText())
			.json()) {
			assertThat(this.admin.post("/engine-rest/job/" + timer.path("id").asText() + "/execute", "").status())
				.isEqualTo(204);
		}
		if (this.manager == null) {
			this.manager = createUser(this.agencyCode, "manager");
		}
		String businessKey = this.admin
			.get("/engine-rest/process-instance/" + waiting.path("processInstanceId").asText())
			.json()
			.path("businessKey")
			.asText();
		attack(this.manager, this.engine.task(this.manager, businessKey, escalationKey), Set.of("escalationNote"));
	}

	/** Every route, every non-answer variable and one made up: refused, nothing moves. */
	void attack(Api user, JsonNode task, Set<String> answers) {
		String taskId = task.path("id").asText();
		String instance = task.path("processInstanceId").asText();
		Map<String, String> before = variables(instance);
		List<String> names = new ArrayList<>(before.keySet());
		names.removeAll(answers);
		names.add("bienKhongKhai");
		assertThat(names).as("the process has ids to protect").contains("agencyCode");
		String base = "/engine-rest/task/" + taskId;
		for (String name : names) {
			Object value = hostile(name);
			Map<String, Object> vars = Map.of(name, Map.of("value", value));
			refused(user.post(base + "/complete", Map.of("variables", vars)), 400, name);
			refused(user.post(base + "/submit-form", Map.of("variables", vars)), 400, name);
			refused(user.put(base + "/variables/" + name, Map.of("value", value)), 400, name);
			refused(user.post(base + "/variables", Map.of("modifications", vars)), 400, name);
			refused(user.put(base + "/localVariables/" + name, Map.of("value", value)), 403, null);
			refused(user.put("/engine-rest/process-instance/" + instance + "/variables/" + name,
					Map.of("value", value)), 403, null);
			refused(user.post("/engine-rest/process-instance/" + instance + "/variables",
					Map.of("modifications", vars)), 403, null);
			refused(user.post("/engine-rest/process-instance/" + instance + "/modification",
					Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId",
							task.path("taskDefinitionKey").asText(), "variables", vars)))),
					403, null);
		}
		// A made-up name slipped in beside real answers is refused too: nothing is
		// half-taken.
		refused(user.post(base + "/complete",
				Map.of("variables", Map.of("comment", Map.of("value", "Đồng ý"), "fileId", Map.of("value", 1)))), 400,
				"fileId");
		assertThat(variables(instance)).as("the process keeps its variables").isEqualTo(before);
		assertThat(this.admin.get("/engine-rest/task/" + taskId).status()).as("the task stays open").isEqualTo(200);
	}

	private Object hostile(String name) {
		return switch (name) {
			case "fileId" -> this.otherFile.path("id").asLong();
			case "batchId", "sweepId" -> 1L;
			case "agencyCode" -> this.otherFile.path("agencyCode").asText();
			case "fileCode" -> this.otherFile.path("fileCode").asText();
			default -> "Giá trị giả mạo";
		};
	}

	private static void refused(Api.Response r, int status, String field) {
		assertThat(r.status()).as(r.toString()).isEqualTo(status);
		if (field != null) {
			assertThat(r.text()).as(r.toString()).contains(field);
			assertThat(r.text()).as("Vietnamese and English").containsAnyOf("chỉ được ghi", "Không được thay đổi");
			assertThat(r.text()).containsAnyOf("may set only", "May not be changed");
		}
	}

	private Map<String, String> variables(String instance) {
		Map<String, String> vars = new TreeMap<>();
		this.admin.get("/engine-rest/process-instance/" + instance + "/variables")
			.json()
			.fields()
			.forEachRemaining((e) -> vars.put(e.getKey(), e.getValue().path("value").toString()));
		return vars;
	}

	private void otherAgencyUnchanged() {
		JsonNode file = this.otherClerk.get("/api/v1/files/" + this.otherFile.path("id").asLong()).json();
		assertThat(file.path("status").asText()).isEqualTo(this.otherFile.path("status").asText());
		assertThat(file.path("maintenanceCode").asText()).isEqualTo("06");
		JsonNode deposited = this.otherClerk.get("/api/v1/files/" + this.otherDeposited.path("id").asLong()).json();
		assertThat(deposited.path("status").asText()).isEqualTo("DEPOSITED");
		assertThat(deposited.path("dueOn").asText()).isEqualTo(this.otherDeposited.path("dueOn").asText());
		assertThat(this.engine.task(this.otherArchivist, this.otherFile.path("fileCode").asText(), "Task_AppraiseFile"))
			.isNotNull();
	}

}
