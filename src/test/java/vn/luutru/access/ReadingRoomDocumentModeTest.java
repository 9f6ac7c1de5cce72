package vn.luutru.access;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import vn.luutru.content.SamplePdfs;
import vn.luutru.support.Api;
import vn.luutru.support.Api.Part;
import vn.luutru.support.ApiTest;
import vn.luutru.support.ApiTestSupport;
import vn.luutru.support.Engine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Helper "attack" finding: a document captured as secret (mode 03) inside a file the
 * archivist deposits as public (01) is shown page by page to any reader, granted at once.
 * A document's own access mode should keep it out of the reading room.
 */
@ApiTest
class ReadingRoomDocumentModeTest extends ApiTestSupport {

	@Test
	void aSecretDocumentOfAPublicFileIsNotShownToReaders() {
		Engine engine = new Engine(this.admin);
		String code = createAgency("Sở Văn hóa tỉnh Sơn La", false).path("code").asText();
		Api clerk = createUser(code, "clerk");
		Api archivist = createUser(code, "archivist");
		ReadingRoomSetup readers = new ReadingRoomSetup(this.port,
				createUser(historicalArchive(), "historical-archive"));

		JsonNode file = clerk.post("/api/v1/files",
				Map.of("year", 2024, "fileNotation", "91.VH", "title", "Hồ sơ công khai có văn bản mật",
						"maintenanceCode", "07", "retentionYears", 10, "startDate", "2024-01-10"))
			.json();
		long id = file.path("id").asLong();
		Map<String, Object> meta = Map.of("typeName", "22", "codeNumber", "1", "codeNotation", "SVH-VP", "issuedDate",
				"2024-03-15", "organName", "Sở Văn hóa tỉnh Sơn La", "subject", "Văn bản mật", "numberOfPage", 1,
				"accessMode", "03");
		Api.Response doc = clerk.multipart("/api/v1/files/" + id + "/documents", Api.parts("metadata", Part.json(meta),
				"content", Part.file("mat.pdf", "application/pdf", SamplePdfs.plainPdf("Văn bản mật", 1))));
		assertThat(doc.status()).as(doc.toString()).isEqualTo(201);
		assertThat(doc.json().path("accessMode").asText()).isEqualTo("03");
		long secret = doc.json().path("id").asLong();
		long restricted = capture(clerk, id, "2", "02", "Văn bản sử dụng có điều kiện");
		long open = capture(clerk, id, "3", "01", "Văn bản công khai");
		Api.Response closed = clerk.post("/api/v1/files/" + id + "/close", Map.of("endDate", "2024-12-20"));
		assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
		engine.runJobs();
		engine.complete(archivist, closed.json().path("fileCode").asText(), "Task_AppraiseFile", "appraisalDecision",
				"DEPOSIT", "accessMode", "01");
		engine.runJobs();

		Api reader = readers.approved("docgiamat" + (System.nanoTime() % 100_000), "Lò Văn Mật");
		Api.Response asked = ReadingRoomSetup.ask(reader, "01", closed.json().path("fileCode").asText());
		assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
		JsonNode grant = asked.json().path("grants").get(0);

		JsonNode opened = reader.get("/api/v1/grants/" + grant.path("id").asLong()).json();
		assertThat(opened.path("documents").findValuesAsText("documentId")).as("the secret document is not listed")
			.doesNotContain(String.valueOf(secret), String.valueOf(restricted))
			.contains(String.valueOf(open));
		assertThat(reader.get(ReadingRoomSetup.page(grant, secret, 1)).status()).as("nor shown").isEqualTo(404);
		assertThat(reader.get(ReadingRoomSetup.page(grant, restricted, 1)).status())
			.as("a conditional document needs the approver's grant")
			.isEqualTo(404);
		assertThat(reader.get(ReadingRoomSetup.page(grant, open, 1)).status()).isEqualTo(200);
	}

	private static long capture(Api clerk, long fileId, String number, String mode, String subject) {
		Map<String, Object> meta = Map.of("typeName", "22", "codeNumber", number, "codeNotation", "SVH-VP",
				"issuedDate", "2024-03-1" + number, "organName", "Sở Văn hóa tỉnh Sơn La", "subject", subject,
				"numberOfPage", 1, "mode", mode);
		Api.Response doc = clerk.multipart("/api/v1/files/" + fileId + "/documents",
				Api.parts("metadata", Part.json(meta), "content", Part.file("vb" + number + ".pdf", "application/pdf",
						SamplePdfs.plainPdf(subject + " " + System.nanoTime(), 1))));
		assertThat(doc.status()).as(doc.toString()).isEqualTo(201);
		return doc.json().path("id").asLong();
	}

}
