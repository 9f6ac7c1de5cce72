package vn.luutru.dashboard;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import vn.luutru.content.SamplePdfs;
import vn.luutru.retention.DepositedFiles;
import vn.luutru.support.Api;
import vn.luutru.support.Api.Part;
import vn.luutru.support.Engine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One agency with a clerk, an archivist and files the dashboard counts: one deposited
 * file whose destruction review is overdue, one closed file whose deposit falls due in
 * ten days (and leaves an appraisal task with the archivist).
 */
final class AgencyFiles {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	static final String HOSTILE_TITLE = "Hồ sơ <script>alert('x')</script> hội nghị";

	final String code;

	final long id;

	final Api clerk;

	final Api archivist;

	final Engine engine;

	JsonNode overdueFile;

	JsonNode closedFile;

	AgencyFiles(String code, long id, Api clerk, Api archivist, Engine engine) {
		this.code = code;
		this.id = id;
		this.clerk = clerk;
		this.archivist = archivist;
		this.engine = engine;
	}

	static LocalDate today() {
		return LocalDate.now(VIETNAM);
	}

	AgencyFiles withFiles() {
		this.overdueFile = new DepositedFiles(this.engine, this.clerk, this.archivist).deposit("01.VP",
				"Hồ sơ tổ chức cán bộ năm 2019", 5, 2019);
		this.closedFile = closed("02.VP", HOSTILE_TITLE, today().minusYears(1).plusDays(10));
		return this;
	}

	/** A file whose work ended on {@code endDate}, closed and awaiting its appraisal. */
	JsonNode closed(String notation, String title, LocalDate endDate) {
		LocalDate start = endDate.minusDays(20);
		JsonNode file = this.clerk
			.post("/api/v1/files", Map.of("year", start.getYear(), "fileNotation", notation, "title", title,
					"maintenanceCode", "06", "startDate", start.toString()))
			.json();
		long fileId = file.path("id").asLong();
		Map<String, Object> meta = Map.of("typeName", "22", "codeNumber", "7", "codeNotation", "SNV-VP", "issuedDate",
				start.toString(), "organName", "Sở Nội vụ tỉnh Sơn La", "subject", "Công văn về hội nghị",
				"numberOfPage", 1);
		Api.Response doc = this.clerk.multipart("/api/v1/files/" + fileId + "/documents",
				Api.parts("metadata", Part.json(meta), "content",
						Part.file("cv.pdf", "application/pdf", SamplePdfs.plainPdf("hội nghị", 1))));
		assertThat(doc.status()).as(doc.toString()).isEqualTo(201);
		Api.Response closed = this.clerk.post("/api/v1/files/" + fileId + "/close",
				Map.of("endDate", endDate.toString()));
		assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
		this.engine.runJobs();
		return this.clerk.get("/api/v1/files/" + fileId).json();
	}

}
