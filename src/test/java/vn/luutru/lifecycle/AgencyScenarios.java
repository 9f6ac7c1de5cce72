package vn.luutru.lifecycle;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import vn.luutru.content.SamplePdfs;
import vn.luutru.support.Api;
import vn.luutru.support.Api.Part;
import vn.luutru.support.ApiTestSupport;
import vn.luutru.support.Engine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the lifecycle scenarios start from: an agency with its clerk, archivist and head,
 * and record files taken through the APIs from opening to deposit.
 */
abstract class AgencyScenarios extends ApiTestSupport {

	Engine engine;

	String agencyCode;

	Api clerk;

	Api archivist;

	Api head;

	/**
	 * A new agency with its clerk, archivist and head; jobs earlier tests left run first.
	 */
	void agencyWithOfficers(String agencyName) {
		this.engine = new Engine(this.admin);
		this.engine.runJobs();
		this.agencyCode = createAgency(agencyName, false).path("code").asText();
		this.clerk = createUser(this.agencyCode, "clerk");
		this.archivist = createUser(this.agencyCode, "archivist");
		this.head = createUser(this.agencyCode, "agency-head");
	}

	/**
	 * Runs the jobs that take a closed file to its appraisal and a decided one to its
	 * deposit; every due job, unless a scenario must leave the others waiting.
	 */
	void runAppraisalJobs() {
		this.engine.runJobs();
	}

	/**
	 * Opens and closes a file with no document: its completeness check sends it back to
	 * the clerk (Task_CompleteFile). Returns the file as opened.
	 */
	JsonNode emptyClosedFile(String notation) {
		JsonNode file = this.clerk
			.post("/api/v1/files", Map.of("year", 2024, "fileNotation", notation, "title", "Hồ sơ chưa có văn bản",
					"maintenanceCode", "06", "startDate", "2024-02-01"))
			.json();
		this.clerk.post("/api/v1/files/" + file.path("id").asLong() + "/close", Map.of("endDate", "2024-03-01"));
		this.engine.runJobs();
		return file;
	}

	/** The file as the clerk sees it now. */
	JsonNode file(JsonNode file) {
		return this.clerk.get("/api/v1/files/" + file.path("id").asLong()).json();
	}

	/** Opens, fills, closes and deposits a file; returns it as the API shows it. */
	JsonNode depositedFile(String notation, String title, String maintenanceCode, Integer years, int endYear) {
		JsonNode file = closedFile(notation, title, maintenanceCode, years, endYear);
		String code = file.path("fileCode").asText();
		this.engine.complete(this.archivist, code, "Task_AppraiseFile", "appraisalDecision", "DEPOSIT",
				"maintenanceCode", maintenanceCode, "accessMode", "01");
		runAppraisalJobs();
		JsonNode deposited = file(file);
		assertThat(deposited.path("status").asText()).isEqualTo("DEPOSITED");
		return deposited;
	}

	/** Opens, fills and closes a file: it waits for the archivist's appraisal. */
	JsonNode closedFile(String notation, String title, String maintenanceCode, Integer years, int endYear) {
		Map<String, Object> open = new HashMap<>();
		open.put("year", endYear);
		open.put("fileNotation", notation);
		open.put("title", title);
		open.put("maintenanceCode", maintenanceCode);
		open.put("retentionYears", years);
		open.put("startDate", endYear + "-01-10");
		JsonNode file = this.clerk.post("/api/v1/files", open).json();
		long id = file.path("id").asLong();
		for (int i = 1; i <= 2; i++) {
			Map<String, Object> meta = Map.of("typeName", "22", "codeNumber", String.valueOf(i), "codeNotation",
					"SNV-VP", "issuedDate", endYear + "-0" + (i + 2) + "-15", "organName", "Sở Nội vụ tỉnh Sơn La",
					"subject", "Công văn số " + i + " về " + title, "numberOfPage", i);
			Api.Response r = this.clerk.multipart("/api/v1/files/" + id + "/documents",
					Api.parts("metadata", Part.json(meta), "content", Part.file("cv-" + i + ".pdf", "application/pdf",
							SamplePdfs.plainPdf(title + " " + i + " " + endYear, i))));
			assertThat(r.status()).as(r.toString()).isEqualTo(201);
		}
		Api.Response closed = this.clerk.post("/api/v1/files/" + id + "/close", Map.of("endDate", endYear + "-12-20"));
		assertThat(closed.json().path("dueAction").asText()).as(closed.toString()).isEqualTo("DEPOSIT");
		runAppraisalJobs();
		return closed.json();
	}

}
