package vn.luutru.fixity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditEvent;
import vn.luutru.audit.AuditService;
import vn.luutru.content.ContentCopy;
import vn.luutru.content.ContentProperties;
import vn.luutru.content.ContentStore;
import vn.luutru.content.CopyCheck.CopyState;
import vn.luutru.content.SamplePdfs;
import vn.luutru.content.StagedContent;
import vn.luutru.support.Api;
import vn.luutru.support.ClerkWork;
import vn.luutru.support.ApiTestSupport;
import vn.luutru.support.Engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A fixity cycle re-hashes both copies of every object, repairs a damaged or missing copy
 * from the good one (audited), raises an incident when no copy is good, and resumes a
 * chunk that failed half way without counting anything twice.
 */
abstract class FixityAuditScenarios extends ApiTestSupport {

	@Autowired
	FixityAudit fixity;

	@Autowired
	FixityMapper mapper;

	@Autowired
	ContentStore store;

	@Autowired
	ContentProperties content;

	@Autowired
	AuditService audit;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Incidents incidents;

	private final Random random = new Random(20261207);

	@Test
	void tenFlippedBytesAndOneDeletedCopyAreAllReportedAndRepairedFromTheOtherCopy() throws Exception {
		List<String> objects = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			objects.add(put("Văn bản số " + i + " " + UUID.randomUUID() + " " + "nội dung ".repeat(200 + i)));
		}
		Collections.shuffle(objects, this.random);
		List<String> flipped = objects.subList(0, 10);
		Map<String, ContentCopy> flippedCopy = new java.util.HashMap<>();
		for (String sha : flipped) {
			ContentCopy copy = this.random.nextBoolean() ? ContentCopy.FIRST : ContentCopy.SECOND;
			flipByte(copyPath(sha, copy));
			flippedCopy.put(sha, copy);
		}
		String deleted = objects.get(10);
		Files.delete(copyPath(deleted, ContentCopy.SECOND));
		long stored = this.store.objectsAfter(null, Integer.MAX_VALUE).size();

		long cycleId = runCycle(this.fixity);

		FixityCycle cycle = this.fixity.cycle(cycleId);
		Map<String, FixityFinding> findings = this.fixity.findings(cycleId)
			.stream()
			.filter((f) -> objects.contains(f.contentSha256()))
			.collect(Collectors.toMap(FixityFinding::contentSha256, (f) -> f));
		assertThat(findings).as("all 11 reported, nothing else of ours").hasSize(11);
		for (String sha : flipped) {
			FixityFinding finding = findings.get(sha);
			assertThat(finding.copyName()).isEqualTo(flippedCopy.get(sha));
			assertThat(finding.finding()).isEqualTo(CopyState.MISMATCH);
			assertThat(finding.actualSha256()).hasSize(64).isNotEqualTo(sha);
			assertThat(finding.outcome()).isEqualTo(FindingOutcome.REPAIRED);
		}
		assertThat(findings.get(deleted).finding()).isEqualTo(CopyState.MISSING);
		assertThat(findings.get(deleted).copyName()).isEqualTo(ContentCopy.SECOND);
		assertThat(findings.get(deleted).outcome()).isEqualTo(FindingOutcome.REPAIRED);
		for (String sha : objects) {
			assertThat(this.store.check(sha).allGood()).as("both copies of %s match again", sha).isTrue();
		}
		assertThat(copyPath(deleted, ContentCopy.SECOND)).as("the deleted copy restored").exists();
		for (String sha : objects.subList(0, 11)) {
			List<AuditEvent> events = this.audit.forEntity("content", sha);
			assertThat(events).as("one audit event per repair")
				.filteredOn((e) -> e.action().equals(AuditAction.FIXITY_COPY_REPAIRED.name()))
				.hasSize(1);
		}
		assertThat(cycle.status()).isEqualTo(FixityCycleStatus.FINISHED);
		assertThat(cycle.objectsChecked()).as("every stored object counted once").isEqualTo(stored);
		assertThat(cycle.mismatches()).isGreaterThanOrEqualTo(10);
		assertThat(cycle.missing()).isGreaterThanOrEqualTo(1);
		assertThat(cycle.repaired()).isGreaterThanOrEqualTo(11);
		assertThat(cycle.bytesChecked()).as("both copies read").isGreaterThan(2L * 30 * 200 * 9);

		assertThat(this.fixity.startCycle("timer-" + UUID.randomUUID(), false))
			.as("the timer starts no cycle within luutru.fixity.cycle of the last")
			.isNull();
		long again = runCycle(this.fixity);
		assertThat(this.fixity.findings(again)).as("the next cycle finds them whole")
			.noneMatch((f) -> objects.contains(f.contentSha256()));
	}

	@Test
	void anObjectRottenInBothCopiesRaisesAnIncidentNamingTheDocumentThatUsesIt() throws Exception {
		JsonNode agency = createAgency("UBND huyện Mường Nhé", false);
		Api clerk = createUser(agency.path("code").asText(), "clerk");
		long fileId = ClerkWork.openFile(clerk, "07.VP", "Hồ sơ đất đai");
		Api.Response captured = ClerkWork.capturePdf(clerk, fileId, "UBND huyện Mường Nhé", "V/v giao đất rừng",
				"2026-03-02", "a.pdf", SamplePdfs.plainPdf(3));
		assertThat(captured.status()).isEqualTo(201);
		String sha = captured.json().path("contentSha256").asText();
		flipByte(copyPath(sha, ContentCopy.FIRST));
		flipByte(copyPath(sha, ContentCopy.SECOND));

		long cycleId = runCycle(this.fixity);

		List<FixityFinding> findings = this.mapper.findFindingsOf(cycleId, sha);
		assertThat(findings).extracting(FixityFinding::outcome)
			.containsExactly(FindingOutcome.INCIDENT, FindingOutcome.INCIDENT);
		Incident incident = this.mapper.findIncident(findings.get(0).incidentId());
		assertThat(incident.status()).isEqualTo(IncidentStatus.OPEN);
		assertThat(incident.kind()).isEqualTo(IncidentKind.FIXITY);
		assertThat(incident.contentSha256()).isEqualTo(sha);
		assertThat(incident.details()).contains("V/v giao đất rừng").contains("không khớp");
		assertThat(this.mapper.findIncidentActions(incident.id())).extracting(IncidentAction::action)
			.containsExactly("RAISED");
		assertThat(this.fixity.cycle(cycleId).incidents()).isGreaterThanOrEqualTo(1);
		assertThat(this.store.check(sha).allGood()).as("nothing to repair from").isFalse();
	}

	@Test
	void aChunkThatFailsHalfWayResumesWithoutCountingAnythingTwice() throws Exception {
		List<String> objects = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			objects.add(put("Hồ sơ " + i + " " + UUID.randomUUID()));
		}
		List<String> all = this.store.objectsAfter(null, Integer.MAX_VALUE);
		// The chunk of size 5 that holds one of ours: damage it and fail on the object
		// after it.
		int index = all.indexOf(objects.get(0));
		String damaged = all.get(index);
		String failOn = (index + 1 < all.size()) ? all.get(index + 1) : null;
		flipByte(copyPath(damaged, ContentCopy.FIRST));
		AtomicInteger failures = new AtomicInteger();
		ContentStore failing = (ContentStore) Proxy.newProxyInstance(ContentStore.class.getClassLoader(),
				new Class<?>[] { ContentStore.class }, (proxy, method, args) -> {
					if (method.getName().equals("check") && args[0].equals(failOn) && failures.get() == 0) {
						failures.incrementAndGet();
						throw new IllegalStateException("nút bị dừng giữa bước / node stopped mid-step");
					}
					try {
						return method.invoke(this.store, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
		FixityAudit audit = new FixityAudit(this.mapper, failing, this.audit, new FixitySettings(null, null, 5, null),
				this.clock, this.transactions, this.incidents);
		Long cycleId = audit.startCycle("test-" + UUID.randomUUID(), true);
		assertThat(cycleId).isNotNull();
		int steps = 0;
		double lastPercent = 0;
		boolean more = true;
		while (more) {
			FixityCycle before = audit.cycle(cycleId);
			try {
				more = audit.checkChunk(cycleId);
			}
			catch (IllegalStateException ex) {
				assertThat(failOn).isNotNull();
				FixityCycle stopped = audit.cycle(cycleId);
				assertThat(stopped.objectsChecked()).isEqualTo(before.objectsChecked());
				assertThat(this.mapper.findFindingsOf(cycleId, damaged)).as("the repair before the failure kept")
					.extracting(FixityFinding::outcome)
					.containsExactly(FindingOutcome.REPAIRED);
				assertThat(stopped.lastObject()).as("the failed chunk did not move the cycle")
					.isEqualTo(before.lastObject());
			}
			FixityCycle after = audit.cycle(cycleId);
			if (more && after.lastObject() != null) {
				double percent = FixityProgress.of(after, java.time.Instant.now()).percent();
				assertThat(percent).as("progress from the object reached").isBetween(0.0, 100.0);
				assertThat(percent).as("progress only grows").isGreaterThanOrEqualTo(lastPercent);
				lastPercent = percent;
			}
			assertThat(++steps).isLessThan(1000);
		}
		audit.finish(cycleId);

		FixityCycle cycle = audit.cycle(cycleId);
		assertThat(failures.get()).isEqualTo((failOn != null) ? 1 : 0);
		assertThat(cycle.objectsChecked()).as("each object counted once").isEqualTo(all.size());
		assertThat(cycle.chunksDone()).isEqualTo((all.size() + 4) / 5);
		assertThat(this.mapper.findFindingsOf(cycleId, damaged)).hasSize(1);
		assertThat(this.audit.forEntity("content", damaged))
			.filteredOn((e) -> e.action().equals(AuditAction.FIXITY_COPY_REPAIRED.name()))
			.hasSize(1);
		assertThat(this.store.check(damaged).allGood()).isTrue();
		Set<String> reported = this.fixity.findings(cycleId)
			.stream()
			.map(FixityFinding::contentSha256)
			.collect(Collectors.toSet());
		assertThat(reported).contains(damaged);
		assertThatThrownBy(() -> new FixitySettings(null, java.time.Period.ofYears(4), null, null))
			.as("a cycle beyond the law's 3 years is refused")
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theProcessChecksTheStoreGivesTheManagersATaskAndKeepsWhoHandledTheIncident() throws Exception {
		JsonNode agency = createAgency("UBND huyện Tủa Chùa", false);
		String code = agency.path("code").asText();
		Api clerk = createUser(code, "clerk");
		Api manager = createUser(code, "manager");
		long fileId = ClerkWork.openFile(clerk, "09.VP", "Hồ sơ thanh tra");
		Api.Response captured = ClerkWork.capturePdf(clerk, fileId, "UBND huyện Tủa Chùa", "V/v kết luận thanh tra",
				"2026-04-02", "b.pdf", SamplePdfs.plainPdf(5));
		String rotten = captured.json().path("contentSha256").asText();
		flipByte(copyPath(rotten, ContentCopy.FIRST));
		flipByte(copyPath(rotten, ContentCopy.SECOND));
		String damaged = put("Biên bản họp " + UUID.randomUUID());
		flipByte(copyPath(damaged, ContentCopy.SECOND));
		Engine engine = new Engine(this.admin);
		long stored = this.store.objectsAfter(null, Integer.MAX_VALUE).size();

		assertThat(clerk.post("/api/v1/fixity/cycles", Map.of()).status()).as("managers only").isEqualTo(403);
		Api.Response started = manager.post("/api/v1/fixity/cycles", Map.of());
		assertThat(started.status()).as(started.toString()).isEqualTo(202);
		engine.runJobs("fixity-audit");

		JsonNode latest = clerk.get("/api/v1/fixity/cycles/latest").json();
		long cycleId = latest.path("id").asLong();
		JsonNode progress = clerk.get("/api/v1/fixity/cycles/" + cycleId).json();
		assertThat(progress.path("status").asText()).isEqualTo("FINISHED");
		assertThat(progress.path("percent").asDouble()).isEqualTo(100.0);
		assertThat(progress.path("objectsChecked").asLong()).as("every object, the minutes written after")
			.isEqualTo(stored);
		assertThat(progress.path("bytesChecked").asLong()).isPositive();
		assertThat(progress.path("objectsPerSecond").asDouble()).isPositive();
		String audit = this.admin.get(
				"/engine-rest/history/process-instance?processDefinitionKey=fixity-audit&sortBy=startTime&sortOrder=desc")
			.json()
			.get(0)
			.path("id")
			.asText();
		JsonNode variables = historicVariables(audit);
		assertThat(variables.path("progressDone").path("value").asLong()).as("Cockpit's progress").isEqualTo(stored);
		assertThat(variables.path("progressTotal").path("value").asLong()).isEqualTo(stored);
		assertThat(variables.path("progressPercent").path("value").asDouble()).isEqualTo(100.0);
		assertThat(progress.path("repaired").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(progress.path("incidents").asInt()).isGreaterThanOrEqualTo(1);
		assertThat(clerk.get("/api/v1/fixity/cycles/" + cycleId + "/findings").status()).isEqualTo(403);
		JsonNode findings = manager.get("/api/v1/fixity/cycles/" + cycleId + "/findings").json();
		assertThat(findings.findValuesAsText("contentSha256")).contains(rotten, damaged);
		assertThat(this.store.check(damaged).allGood()).isTrue();

		Incident incident = this.mapper.findIncidentOf(IncidentKind.FIXITY, cycleId, rotten);
		String businessKey = "SC-" + incident.id();
		JsonNode task = engine.task(manager, businessKey, "Task_HandleIncident");
		assertThat(task.path("name").asText()).isEqualTo("Xử lý sự cố toàn vẹn dữ liệu");
		assertThat(engine.count(clerk, businessKey, "Task_HandleIncident")).as("not the clerk's").isZero();
		JsonNode report = manager.get("/engine-rest/task/" + task.path("id").asText() + "/variables/fixityReport")
			.json();
		assertThat(report.path("value").asText()).contains(rotten).contains("V/v kết luận thanh tra");
		engine.complete(manager, businessKey, "Task_HandleIncident", "comment",
				"Đã khôi phục từ bản sao lưu ngày 01/12");

		JsonNode handled = manager.get("/api/v1/fixity/incidents/" + incident.id()).json();
		assertThat(handled.path("incident").path("status").asText()).isEqualTo("HANDLED");
		assertThat(handled.path("incident").path("handledBy").asText()).isNotBlank().isNotEqualTo("system");
		assertThat(handled.path("history").findValuesAsText("action")).containsExactly("RAISED", "HANDLED");
		assertThat(handled.path("history").get(1).path("note").asText())
			.isEqualTo("Đã khôi phục từ bản sao lưu ngày 01/12");
		assertThat(clerk.get("/api/v1/fixity/incidents/" + incident.id()).status()).isEqualTo(403);

		String minutesUrl = progress.path("minutesUrl").asText();
		assertThat(minutesUrl).isEqualTo("/api/v1/fixity/cycles/" + cycleId + "/minutes.docx");
		assertThat(clerk.get(minutesUrl).status()).isEqualTo(403);
		Api.Response docx = manager.get(minutesUrl);
		assertThat(docx.status()).isEqualTo(200);
		String text;
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			text = extractor.getText();
			assertThat(doc.getFooterList()).as("the minutes handed out say who printed them")
				.anyMatch((footer) -> footer.getText()
					.matches("(?s).*In bởi .+ lúc \\d\\d:\\d\\d \\d\\d/\\d\\d/\\d{4}.*"));
		}
		assertThat(text).contains(FixityMinutes.TITLE)
			.contains("Chu kỳ kiểm tra toàn vẹn số " + cycleId)
			.contains(progress.path("minutesNumber").asText())
			.contains(progress.path("objectsChecked").asLong() + " đối tượng")
			.contains("Số bản đã khôi phục từ bản còn khớp: " + progress.path("repaired").asInt())
			.contains(
					"Số sự cố (không còn bản nào khớp, đã giao lãnh đạo xử lý): " + progress.path("incidents").asInt())
			.contains(rotten)
			.contains(damaged)
			.contains("Sự cố số " + incident.id());
		assertThat(this.jdbc.queryForObject("select minutes_sha256 from lt_fixity_cycle where id = ?", String.class,
				cycleId))
			.as("kept in the store")
			.satisfies((sha) -> assertThat(this.store.check(sha).allGood()).isTrue());

		String home = clerk.get("/home").text();
		assertThat(home).contains("fixity-heading").contains("/api/v1/fixity/cycles/" + cycleId);
	}

	/** Runs a whole cycle now, chunk after chunk, as the process does. */
	static long runCycle(FixityAudit audit) {
		Long cycleId = audit.startCycle("test-" + UUID.randomUUID(), true);
		assertThat(cycleId).isNotNull();
		while (audit.checkChunk(cycleId)) {
			// next chunk
		}
		audit.finish(cycleId);
		return cycleId;
	}

	private String put(String text) throws IOException {
		StagedContent staged = this.store.stage(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
		this.store.commit(staged);
		return staged.sha256();
	}

	private Path copyPath(String sha, ContentCopy copy) {
		Path relative = Path.of(sha.substring(0, 2), sha.substring(2, 4), sha);
		return ((copy == ContentCopy.FIRST) ? this.content.root() : this.content.replicaRoot()).resolve(relative);
	}

	/** The latest value of each variable of an ended process instance, from history. */
	private JsonNode historicVariables(String processInstanceId) {
		com.fasterxml.jackson.databind.node.ObjectNode latest = new com.fasterxml.jackson.databind.ObjectMapper()
			.createObjectNode();
		this.admin.get("/engine-rest/history/variable-instance?processInstanceId=" + processInstanceId)
			.json()
			.forEach((v) -> latest.putObject(v.path("name").asText()).set("value", v.path("value")));
		return latest;
	}

	private void flipByte(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		int at = this.random.nextInt(bytes.length);
		bytes[at] ^= (byte) (1 << this.random.nextInt(8));
		Files.write(file, bytes);
	}

}
