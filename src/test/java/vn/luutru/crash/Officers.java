package vn.luutru.crash;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

import vn.luutru.support.Api;
import vn.luutru.support.Api.Part;
import vn.luutru.support.Engine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One agency's officers driving a node over HTTP, as in the scenario tests; here the
 * node's own job executor runs the async steps, so every step is awaited.
 */
final class Officers {

	static final String PASSWORD = "mat-khau-1";

	static final Duration WAIT = Duration.ofMinutes(2);

	final Node node;

	final Api admin;

	final Engine engine;

	final Api clerk;

	final Api archivist;

	final Api head;

	final Api council;

	final Api archiveOfficer;

	/** The officers' user ids: clerk, archivist, head, council, historical archive. */
	Officers(Node node, String adminPassword, List<String> users) {
		this.node = node;
		this.admin = node.as("admin", adminPassword);
		this.engine = new Engine(this.admin);
		this.clerk = node.as(users.get(0), PASSWORD);
		this.archivist = node.as(users.get(1), PASSWORD);
		this.head = node.as(users.get(2), PASSWORD);
		this.council = node.as(users.get(3), PASSWORD);
		this.archiveOfficer = node.as(users.get(4), PASSWORD);
	}

	/**
	 * Opens files, captures their documents and closes them, then appraises and deposits
	 * them all; returns the files as the API shows them.
	 */
	List<JsonNode> depositedFiles(int count, int documents, int documentBytes, String maintenanceCode, int endYear,
			int firstNotation) throws Exception {
		List<JsonNode> files = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int notation = firstNotation + i;
			String title = "Hồ sơ thử sự cố số " + notation + " năm " + endYear;
			JsonNode file = ok(
					this.clerk.post("/api/v1/files", Map.of("year", endYear, "fileNotation", notation + ".VP", "title",
							title, "maintenanceCode", maintenanceCode, "startDate", endYear + "-01-10")),
					201);
			long id = file.path("id").asLong();
			for (int d = 1; d <= documents; d++) {
				Map<String, Object> meta = Map.of("typeName", "22", "codeNumber", String.valueOf(d), "codeNotation",
						"SNV-VP", "issuedDate", endYear + "-03-" + (10 + d), "organName", "Sở Nội vụ tỉnh Sơn La",
						"subject", "Công văn số " + d + " về " + title, "numberOfPage", 1);
				ok(this.clerk.multipart("/api/v1/files/" + id + "/documents",
						Api.parts("metadata", Part.json(meta), "content", Part.file("cv-" + d + ".pdf",
								"application/pdf", paddedPdf(notation * 100L + d, documentBytes)))),
						201);
			}
			ok(this.clerk.post("/api/v1/files/" + id + "/close", Map.of("endDate", endYear + "-12-20")), 200);
			files.add(file);
		}
		for (JsonNode file : files) {
			String code = file.path("fileCode").asText();
			awaitTask(this.archivist, code, "Task_AppraiseFile");
			this.engine.complete(this.archivist, code, "Task_AppraiseFile", "appraisalDecision", "DEPOSIT",
					"maintenanceCode", maintenanceCode, "accessMode", "01");
		}
		List<JsonNode> deposited = new ArrayList<>();
		for (JsonNode file : files) {
			String path = "/api/v1/files/" + file.path("id").asLong();
			await("file " + file.path("fileCode").asText() + " deposited",
					() -> "DEPOSITED".equals(this.clerk.get(path).json().path("status").asText()));
			deposited.add(this.clerk.get(path).json());
		}
		return deposited;
	}

	/** Sweeps and returns the batches of the agency of this kind that are new. */
	List<JsonNode> sweep(String agencyCode, String kind, Set<Long> known) throws Exception {
		// A sweep leaves out an agency whose last batch has not claimed its files yet.
		await("earlier batches claimed", () -> allClaimed(agencyCode));
		Api.Response run = this.archivist.post("/api/v1/retention/sweeps", Map.of());
		assertThat(run.status()).as(run.toString()).isEqualTo(202);
		String path = "/api/v1/retention/sweeps/" + run.json().path("id").asLong();
		await("sweep done", () -> "DONE".equals(this.archivist.get(path).json().path("status").asText()));
		List<JsonNode> batches = new ArrayList<>();
		for (JsonNode b : this.archivist.get("/api/v1/" + kind).json()) {
			if (b.path("agencyCode").asText().equals(agencyCode) && known.add(b.path("id").asLong())) {
				batches.add(b);
			}
		}
		return batches;
	}

	private boolean allClaimed(String agencyCode) {
		for (String kind : List.of("transfers", "destructions")) {
			for (JsonNode b : this.archivist.get("/api/v1/" + kind).json()) {
				if (b.path("agencyCode").asText().equals(agencyCode) && b.path("claimedAt").isMissingNode()) {
					return false;
				}
			}
		}
		return true;
	}

	void awaitTask(Api user, String businessKey, String taskKey) throws InterruptedException {
		await(taskKey + " in " + businessKey, () -> this.engine.count(user, businessKey, taskKey) == 1);
	}

	void awaitEnded(String businessKey) throws InterruptedException {
		await(businessKey + " ended", () -> this.engine.ended(businessKey));
	}

	/** The content checksums of the files' documents. */
	Set<String> contentOf(List<JsonNode> files) {
		Set<String> shas = new HashSet<>();
		for (JsonNode f : files) {
			this.clerk.get("/api/v1/files/" + f.path("id").asLong() + "/documents")
				.json()
				.forEach((d) -> shas.add(d.path("contentSha256").asText()));
		}
		return shas;
	}

	void await(String what, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not within " + WAIT + ": " + what + "\n" + this.node.tail(40));
			}
			if (!this.node.alive()) {
				throw new AssertionError(this.node.name + " died waiting for " + what + "\n" + this.node.tail(40));
			}
			Thread.sleep(200);
		}
	}

	static JsonNode ok(Api.Response r, int status) {
		assertThat(r.status()).as(r.toString()).isEqualTo(status);
		return r.json();
	}

	/**
	 * A valid PDF of about {@code bytes} bytes: one blank page and a stream of random
	 * bytes, which no compression shrinks, so that packaging it takes a while.
	 */
	static byte[] paddedPdf(long seed, int bytes) throws IOException {
		byte[] noise = new byte[bytes];
		new Random(seed).nextBytes(noise);
		try (PDDocument doc = new PDDocument()) {
			doc.addPage(new PDPage());
			PDStream padding = new PDStream(doc, new ByteArrayInputStream(noise));
			doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("LuuTruPadding"), padding);
			doc.getDocumentInformation().setTitle("Tài liệu thử " + seed);
			ByteArrayOutputStream out = new ByteArrayOutputStream(bytes + 4096);
			doc.save(out);
			return out.toByteArray();
		}
	}

}
