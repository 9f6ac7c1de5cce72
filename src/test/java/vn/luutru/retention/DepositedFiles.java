package vn.luutru.retention;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import vn.luutru.content.SamplePdfs;
import vn.luutru.support.Api;
import vn.luutru.support.Api.Part;
import vn.luutru.support.Engine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files of one agency taken through the API from opening to deposit in its archive, as
 * its clerk and archivist do.
 */
public final class DepositedFiles {

	private final Engine engine;

	private final Api clerk;

	private final Api archivist;

	public DepositedFiles(Engine engine, Api clerk, Api archivist) {
		this.engine = engine;
		this.clerk = clerk;
		this.archivist = archivist;
	}

	/** A file kept {@code years} years whose work ended in {@code endYear}. */
	public JsonNode deposit(String notation, String title, int years, int endYear) {
		return deposit(notation, title, years, endYear, "01");
	}

	/**
	 * The same with the access mode the archivist confirms: 01 public, 02 conditional, 03
	 * secret.
	 */
	public JsonNode deposit(String notation, String title, int years, int endYear, String accessMode) {
		JsonNode file = this.clerk
			.post("/api/v1/files", Map.of("year", endYear, "fileNotation", notation, "title", title, "maintenanceCode",
					"07", "retentionYears", years, "startDate", endYear + "-01-10"))
			.json();
		long id = file.path("id").asLong();
		Map<String, Object> meta = Map.of("typeName", "22", "codeNumber", "1", "codeNotation", "SNV-VP", "issuedDate",
				endYear + "-03-15", "organName", "Sở Nội vụ tỉnh Sơn La", "subject", "Công văn về " + title,
				"numberOfPage", 1);
		Api.Response doc = this.clerk.multipart("/api/v1/files/" + id + "/documents", Api.parts("metadata",
				Part.json(meta), "content", Part.file("cv.pdf", "application/pdf", SamplePdfs.plainPdf(title, 1))));
		assertThat(doc.status()).as(doc.toString()).isEqualTo(201);
		Api.Response closed = this.clerk.post("/api/v1/files/" + id + "/close", Map.of("endDate", endYear + "-12-20"));
		assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
		this.engine.runJobs();
		this.engine.complete(this.archivist, closed.json().path("fileCode").asText(), "Task_AppraiseFile",
				"appraisalDecision", "DEPOSIT", "accessMode", accessMode);
		this.engine.runJobs();
		JsonNode deposited = this.clerk.get("/api/v1/files/" + id).json();
		assertThat(deposited.path("status").asText()).isEqualTo("DEPOSITED");
		return deposited;
	}

}
