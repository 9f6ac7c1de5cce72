package vn.luutru.support;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the processes through {@code /engine-rest} as the Tasklist would: finds a user's
 * task and completes it with variables; runs due jobs in place of the job executor.
 */
public final class Engine {

	private final Api admin;

	public Engine(Api admin) {
		this.admin = admin;
	}

	/**
	 * Executes every due job until none is left (the tests run without a job executor).
	 */
	public int runJobs() {
		return runJobsWhere("");
	}

	/**
	 * Executes the due jobs of one process definition only, until none is left: e.g. a
	 * sweep without the first steps of the batches it started.
	 */
	public int runJobs(String processDefinitionKey) {
		return runJobsWhere("&processDefinitionKey=" + processDefinitionKey);
	}

	private int runJobsWhere(String filter) {
		int executed = 0;
		for (int round = 0; round < 50; round++) {
			JsonNode jobs = this.admin.get("/engine-rest/job?executable=true&withRetriesLeft=true" + filter).json();
			if (jobs.isEmpty()) {
				return executed;
			}
			for (JsonNode job : jobs) {
				Api.Response r = this.admin.post("/engine-rest/job/" + job.path("id").asText() + "/execute", "");
				assertThat(r.status()).as("job %s: %s", job.path("id").asText(), r).isIn(204, 404, 500);
				executed++;
			}
		}
		return executed;
	}

	/**
	 * Runs the jobs that failed, as a restarted node would once their retry time came:
	 * {@code /engine-rest} executes a job regardless of its due date.
	 */
	public int retryFailedJobs() {
		int executed = 0;
		for (JsonNode job : this.admin.get("/engine-rest/job?withException=true").json()) {
			this.admin.post("/engine-rest/job/" + job.path("id").asText() + "/execute", "");
			executed++;
		}
		return executed + runJobs();
	}

	/**
	 * The one open task with this definition key in the process with this business key,
	 * as the user sees it.
	 */
	public JsonNode task(Api user, String businessKey, String taskKey) {
		JsonNode tasks = user
			.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey=" + taskKey)
			.json();
		assertThat(tasks.size()).as("tasks %s in %s", taskKey, businessKey).isEqualTo(1);
		return tasks.get(0);
	}

	public long count(Api user, String businessKey, String taskKey) {
		return user.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey=" + taskKey)
			.json()
			.size();
	}

	/**
	 * Completes the user's task with the given variables (name, value, name, value...).
	 */
	public void complete(Api user, String businessKey, String taskKey, Object... variables) {
		Api.Response r = tryComplete(user, businessKey, taskKey, variables);
		assertThat(r.status()).as(r.toString()).isEqualTo(204);
	}

	/** Tries to complete the user's task; the engine's answer, whatever it is. */
	public Api.Response tryComplete(Api user, String businessKey, String taskKey, Object... variables) {
		JsonNode task = task(user, businessKey, taskKey);
		Map<String, Object> vars = new LinkedHashMap<>();
		for (int i = 0; i < variables.length; i += 2) {
			vars.put((String) variables[i], Map.of("value", variables[i + 1]));
		}
		return user.post("/engine-rest/task/" + task.path("id").asText() + "/complete", Map.of("variables", vars));
	}

	/** The process instance's variable as the history keeps it. */
	public JsonNode variable(String businessKey, String name) {
		JsonNode instances = this.admin
			.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + businessKey)
			.json();
		String id = instances.get(0).path("id").asText();
		JsonNode vars = this.admin
			.get("/engine-rest/history/variable-instance?processInstanceId=" + id + "&variableName=" + name)
			.json();
		return vars.isEmpty() ? null : vars.get(0).path("value");
	}

	public boolean ended(String businessKey) {
		JsonNode instances = this.admin
			.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + businessKey)
			.json();
		return !instances.isEmpty() && "COMPLETED".equals(instances.get(0).path("state").asText());
	}

	public boolean passed(String businessKey, String activityId) {
		JsonNode instances = this.admin
			.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + businessKey)
			.json();
		String id = instances.get(0).path("id").asText();
		return !this.admin
			.get("/engine-rest/history/activity-instance?processInstanceId=" + id + "&activityId=" + activityId)
			.json()
			.isEmpty();
	}

}
