package vn.luutru.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import vn.luutru.LuuTruApplication;
import vn.luutru.retention.SweepRun;
import vn.luutru.retention.SweepService;
import vn.luutru.support.Api;
import vn.luutru.support.MariaDb;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one MariaDB database: every due file lands in exactly one
 * batch, whichever node sweeps and however many sweeps run at once, and the sweep timer
 * fires on one node only. Both nodes run in this JVM as separate Spring contexts with
 * engines of their own names (Camunda keeps engines in a static registry by name), on a
 * database of their own (the test database's name + {@code _cluster}) so that the other
 * MySQL tests are left alone.
 */
@Tag("mysql")
// Its two nodes start and stop inside the JVM: a JVM of its own (pom.xml, cluster-tests).
@Tag("cluster")
@ExtendWith(MariaDb.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesSweepTest {

	/**
	 * The test database's name + "_cluster": parallel runs on other test databases keep
	 * apart.
	 */
	static String DB;

	static final String ADMIN_PASSWORD = "cluster-admin-pw";

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	static final Duration WAIT = Duration.ofSeconds(60);

	static final String[] AGENCIES = { "000.00.41.C01", "000.00.42.C01", "000.00.43.C01" };

	private static final AtomicInteger SERIAL = new AtomicInteger();

	static String serverUrl;

	static String user;

	static String password;

	static Path dataDirs;

	static ConfigurableApplicationContext node1;

	static ConfigurableApplicationContext node2;

	static final List<Long> agencyIds = new ArrayList<>();

	/** The files each round made due: they must all end up in exactly one batch. */
	static final List<Long> dueFiles = new ArrayList<>();

	/** Files that are not due: no sweep may touch them. */
	static final List<Long> notDueFiles = new ArrayList<>();

	/** (agency, action) groups made due so far, round by round. */
	static int groups;

	@BeforeAll
	static void startTwoNodes() throws Exception {
		String testUrl = env("LUUTRU_TEST_DB_URL", "jdbc:mysql://127.0.0.1:3306/test");
		int slash = testUrl.indexOf('/', "jdbc:mysql://".length());
		serverUrl = testUrl.substring(0, slash);
		String testDb = testUrl.substring(slash + 1).replaceAll("[?;].*$", "");
		DB = testDb + "_cluster";
		user = env("LUUTRU_TEST_DB_USER", "root");
		password = env("LUUTRU_TEST_DB_PASSWORD", "");
		try (Connection c = DriverManager.getConnection(serverUrl + "/", user, password);
				Statement s = c.createStatement()) {
			s.execute("drop database if exists " + DB);
			s.execute("create database " + DB + " character set utf8mb4 collate utf8mb4_unicode_ci");
		}
		dataDirs = Files.createTempDirectory("luutru-cluster");
		// One after the other, as in a rolling start: node1 runs Flyway and deploys,
		// node2 finds the schema and the deployment in place.
		node1 = start("node1", true);
		node2 = start("node2", false);
		try (Connection c = db()) {
			for (String code : AGENCIES) {
				agencyIds.add(insertAgency(c, code));
			}
		}
	}

	@AfterAll
	static void stopNodes() throws Exception {
		if (node2 != null) {
			node2.close();
		}
		if (node1 != null) {
			node1.close();
		}
		if (serverUrl != null) {
			try (Connection c = DriverManager.getConnection(serverUrl + "/", user, password);
					Statement s = c.createStatement()) {
				s.execute("drop database if exists " + DB);
			}
		}
		if (dataDirs != null) {
			FileSystemUtils.deleteRecursively(dataDirs);
		}
	}

	/**
	 * Both nodes' sweep services batch the same due files at the same moment, while the
	 * timer may start a third sweep on either node.
	 */
	@Test
	@Order(1)
	void concurrentSweepsOnBothNodesBatchEveryDueFileOnce() throws Exception {
		seedRound();
		SweepService sweeps1 = node1.getBean(SweepService.class);
		SweepService sweeps2 = node2.getBean(SweepService.class);
		SweepRun run1 = sweeps1.open("node1-test");
		SweepRun run2 = sweeps2.open("node2-test");
		CyclicBarrier start = new CyclicBarrier(2);
		CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> batch(sweeps1, run1.id(), start));
		CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> batch(sweeps2, run2.id(), start));
		int batched = first.get(WAIT.toSeconds(), TimeUnit.SECONDS) + second.get(WAIT.toSeconds(), TimeUnit.SECONDS);
		// A timer-started sweep may have taken some groups first; nothing is taken twice.
		assertThat(batched).isLessThanOrEqualTo(dueFiles.size());
		assertEveryDueFileInExactlyOneBatch();
	}

	/**
	 * Sweeps requested through the API of both nodes at once, as two archivists might.
	 */
	@Test
	@Order(2)
	void sweepsRequestedOnBothNodesAtOnce() throws Exception {
		seedRound();
		Api api1 = new Api(port(node1), "admin", ADMIN_PASSWORD);
		Api api2 = new Api(port(node2), "admin", ADMIN_PASSWORD);
		CyclicBarrier start = new CyclicBarrier(2);
		CompletableFuture<Api.Response> first = CompletableFuture.supplyAsync(() -> post(api1, start));
		CompletableFuture<Api.Response> second = CompletableFuture.supplyAsync(() -> post(api2, start));
		List<Long> runs = new ArrayList<>();
		for (Api.Response r : List.of(first.get(WAIT.toSeconds(), TimeUnit.SECONDS),
				second.get(WAIT.toSeconds(), TimeUnit.SECONDS))) {
			assertThat(r.status()).as(r.toString()).isEqualTo(202);
			runs.add(r.json().get("id").asLong());
		}
		waitUntil("both requested sweeps are done",
				() -> count("select count(*) from lt_sweep_run where status = 'DONE' and id in (" + runs.get(0) + ", "
						+ runs.get(1) + ")") == 2);
		assertEveryDueFileInExactlyOneBatch();
	}

	/**
	 * The cron timer (every 5 s here) fires once per tick across both nodes: one timer
	 * job, each tick executed by one node, one sweep instance per tick; the files it
	 * batches are batched once.
	 */
	@Test
	@Order(3)
	void sweepTimerFiresOnOneNodeOnly() throws Exception {
		long before = count("select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = 'retention-sweep' "
				+ "and START_ACT_ID_ = 'StartEvent_Daily' and END_TIME_ is not null");
		List<Long> round = seedRound();
		waitUntil("the files of the round are batched", () -> count(
				"select count(*) from lt_record_file where batch_id is null and id in (" + ids(round) + ")") == 0);
		waitUntil("three more timer-started sweeps have finished",
				() -> count("select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = 'retention-sweep' "
						+ "and START_ACT_ID_ = 'StartEvent_Daily' and END_TIME_ is not null") >= before + 3);

		// Both nodes deployed the same models: one definition, hence one timer job.
		assertThat(count("select count(*) from ACT_RE_PROCDEF where KEY_ = 'retention-sweep'")).isEqualTo(1);
		// (The monthly report has a timer of its own.)
		assertThat(count("select count(*) from ACT_RU_JOB where HANDLER_TYPE_ = 'timer-start-event' "
				+ "and PROCESS_DEF_KEY_ = 'retention-sweep'"))
			.isEqualTo(1);

		// Each tick (the timer job's due date) ran once, on one node.
		Map<String, String> ticks = new TreeMap<>();
		try (Connection c = db();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select JOB_DUEDATE_, count(*), min(HOSTNAME_) from ACT_HI_JOB_LOG "
						+ "where JOB_DEF_TYPE_ = 'timer-start-event' and JOB_STATE_ = 2 "
						+ "and PROCESS_DEF_KEY_ = 'retention-sweep' group by JOB_DUEDATE_ order by JOB_DUEDATE_")) {
			while (rs.next()) {
				assertThat(rs.getInt(2)).as("executions of the tick due at %s", rs.getString(1)).isEqualTo(1);
				ticks.put(rs.getString(1), rs.getString(3));
			}
		}
		assertThat(ticks).hasSizeGreaterThanOrEqualTo(3);
		// One statement, so one snapshot of both tables.
		assertThat(count("select (select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = 'retention-sweep' "
				+ "and START_ACT_ID_ = 'StartEvent_Daily') - (select count(*) from ACT_HI_JOB_LOG "
				+ "where JOB_DEF_TYPE_ = 'timer-start-event' and JOB_STATE_ = 2 and PROCESS_DEF_KEY_ = 'retention-sweep')"))
			.as("timer-started sweeps minus executed ticks")
			.isZero();
		assertThat(count("select count(*) from ACT_HI_JOB_LOG where JOB_DEF_TYPE_ = 'timer-start-event' "
				+ "and JOB_STATE_ = 1"))
			.as("failed timer executions")
			.isZero();
		// Every finished timer-started sweep opened exactly one run of its own.
		assertThat(count("select count(*) from ACT_HI_PROCINST p where p.PROC_DEF_KEY_ = 'retention-sweep' "
				+ "and p.START_ACT_ID_ = 'StartEvent_Daily' and p.END_TIME_ is not null and (select count(*) "
				+ "from lt_sweep_run r where r.process_instance_id = p.ID_ and r.triggered_by = 'timer') <> 1"))
			.isZero();
		// The round's files went to batches of timer-started sweeps.
		assertThat(count("select count(*) from lt_record_file f join lt_batch b on b.id = f.batch_id "
				+ "join lt_sweep_run r on r.id = b.sweep_id where r.triggered_by <> 'timer' and f.id in (" + ids(round)
				+ ")"))
			.isZero();
		System.out.printf("[cluster] %d timer ticks executed by %s; warnings waiting per agency %s%n", ticks.size(),
				ticks.values().stream().map((h) -> h.substring(h.indexOf('$') + 1)).toList(),
				text("select group_concat(concat(TENANT_ID_, '=', keys_) separator '; ') from (select e.TENANT_ID_, "
						+ "group_concat(e.BUSINESS_KEY_) as keys_ from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d "
						+ "on d.ID_ = e.PROC_DEF_ID_ where d.KEY_ = 'due-warning' and e.ID_ = e.PROC_INST_ID_ "
						+ "group by e.TENANT_ID_) x"));
		assertThat(count("select count(*) from (select e.TENANT_ID_ from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d "
				+ "on d.ID_ = e.PROC_DEF_ID_ where d.KEY_ = 'due-warning' and e.ID_ = e.PROC_INST_ID_ "
				+ "group by e.TENANT_ID_ having count(*) > 1) x"))
			.as("agencies warned twice by sweeps running at once")
			.isZero();
		assertEveryDueFileInExactlyOneBatch();
	}

	// --- checks
	// ---------------------------------------------------------------------------

	static void assertEveryDueFileInExactlyOneBatch() throws Exception {
		// The sweeps decided membership: every due file on exactly one list.
		assertThat(count(
				"select count(*) from lt_batch_item where status = 'INCLUDED' and file_id in (" + ids(dueFiles) + ")"))
			.as("due files on a list")
			.isEqualTo(dueFiles.size());
		assertThat(count("select count(*) from (select file_id from lt_batch_item where status = 'INCLUDED' "
				+ "group by file_id having count(*) > 1) x"))
			.as("files on two lists")
			.isZero();
		// The batches' first steps, on either node, claim the files.
		waitUntil("every batch has claimed its files",
				() -> count("select count(*) from lt_batch where claimed_at is null") == 0);
		assertThat(
				count("select count(*) from lt_record_file where batch_id is null and id in (" + ids(dueFiles) + ")"))
			.as("due files left out of every batch")
			.isZero();
		assertThat(count("select count(*) from lt_record_file where (batch_id is not null or status in "
				+ "('TRANSFER_PENDING', 'UNDER_DESTRUCTION_REVIEW')) and id in (" + ids(notDueFiles) + ")"))
			.as("files not due but batched")
			.isZero();
		assertThat(count(
				"select count(*) from (select file_id from lt_batch_item group by file_id " + "having count(*) > 1) x"))
			.as("files in two batches")
			.isZero();
		assertThat(count("select count(*) from lt_record_file f where f.batch_id is not null and (select count(*) "
				+ "from lt_batch_item i where i.file_id = f.id and i.batch_id = f.batch_id) <> 1"))
			.as("batched files without exactly one item in their batch")
			.isZero();
		assertThat(count("select count(*) from lt_batch_item")).isEqualTo(dueFiles.size());
		// One batch per (agency, action) and round: no group split between sweeps.
		assertThat(count("select count(*) from lt_batch")).as("batches").isEqualTo(groups);
		assertThat(count("select count(*) from lt_batch where file_count = 0 or process_instance_id is null")).isZero();
		// One process per batch, whichever node started it.
		assertThat(count("select count(*) from lt_batch b where (select count(*) from ACT_HI_PROCINST p "
				+ "where p.BUSINESS_KEY_ = b.code and p.PROC_DEF_KEY_ in ('transfer', 'destruction')) <> 1"))
			.isZero();
		assertThat(count("select count(*) from lt_record_file where batch_id is not null and status not in "
				+ "('TRANSFER_PENDING', 'UNDER_DESTRUCTION_REVIEW')"))
			.isZero();
	}

	// --- nodes
	// ----------------------------------------------------------------------------

	static ConfigurableApplicationContext start(String name, boolean admin) throws IOException {
		List<String> args = new ArrayList<>(List.of(
				"--spring.datasource.url=" + serverUrl + "/" + DB
						+ "?useUnicode=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci"
						+ "&rewriteBatchedStatements=true&useCursorFetch=true",
				"--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
				"--spring.datasource.hikari.maximum-pool-size=5", "--server.port=0",
				"--spring.application.name=luutru-" + name, "--spring.jmx.enabled=false",
				"--camunda.bpm.process-engine-name=" + name,
				"--luutru.data-dir=" + Files.createDirectories(dataDirs.resolve(name)),
				"--luutru.lifecycle.sweep-cron=0/5 * * * * ?", "--luutru.content.pdfa-check.enabled=false",
				"--luutru.content.fsync=false", "--camunda.bpm.job-execution.enabled=true",
				// Look for due jobs at least every 2 s, so that a 5 s timer is not left
				// waiting.
				"--camunda.bpm.job-execution.wait-time-in-millis=500", "--camunda.bpm.job-execution.max-wait=2000",
				"--logging.level.root=warn", "--logging.level.vn.luutru=warn"));
		if (admin) {
			args.addAll(
					List.of("--camunda.bpm.admin-user.id=admin", "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD,
							"--camunda.bpm.admin-user.first-name=Quản trị", "--camunda.bpm.admin-user.last-name=Cụm"));
		}
		return new SpringApplicationBuilder(LuuTruApplication.class).profiles("mysql").run(args.toArray(String[]::new));
	}

	static int port(ConfigurableApplicationContext node) {
		return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
	}

	static int batch(SweepService sweeps, long runId, CyclicBarrier start) {
		try {
			start.await(WAIT.toSeconds(), TimeUnit.SECONDS);
			return sweeps.batchDueFiles(runId).stream().mapToInt((b) -> b.fileCount()).sum();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Api.Response post(Api api, CyclicBarrier start) {
		try {
			start.await(WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return api.post("/api/v1/retention/sweeps", Map.of());
	}

	// --- data
	// -----------------------------------------------------------------------------

	/**
	 * One round of files in one transaction: per agency 40 permanent files due for
	 * transfer, 30 expired fixed-term files due for destruction review, and 10 that are
	 * not due (retention not over, transfer beyond the horizon, closed and waiting for
	 * deposit).
	 */
	static List<Long> seedRound() throws SQLException {
		LocalDate today = LocalDate.now(ZONE);
		List<Long> round = new ArrayList<>();
		try (Connection c = db()) {
			c.setAutoCommit(false);
			for (long agency : agencyIds) {
				for (int i = 0; i < 40; i++) {
					round.add(insertFile(c, agency, 2015, "01", null, "DEPOSITED", LocalDate.of(2021, 12, 31),
							"TRANSFER"));
				}
				for (int i = 0; i < 30; i++) {
					round.add(insertFile(c, agency, 2010, "06", 10, "DEPOSITED", LocalDate.of(2021, 1, 1),
							"DESTRUCTION_REVIEW"));
				}
				for (int i = 0; i < 4; i++) {
					notDueFiles.add(insertFile(c, agency, 2020, "04", 30, "DEPOSITED", LocalDate.of(2051, 1, 1),
							"DESTRUCTION_REVIEW"));
					notDueFiles.add(insertFile(c, agency, 2024, "01", null, "DEPOSITED",
							LocalDate.of(today.getYear() + 5, 12, 31), "TRANSFER"));
				}
				for (int i = 0; i < 2; i++) {
					notDueFiles
						.add(insertFile(c, agency, 2024, "05", 20, "CLOSED", LocalDate.of(2025, 6, 30), "DEPOSIT"));
				}
			}
			c.commit();
		}
		dueFiles.addAll(round);
		groups += 2 * agencyIds.size();
		return round;
	}

	static long insertAgency(Connection c, String code) throws SQLException {
		try (PreparedStatement ps = c.prepareStatement(
				"insert into lt_agency (code, fonds_code, name, historical_archive, transfer_source, created_at) "
						+ "values (?, ?, ?, false, true, current_timestamp(3))",
				Statement.RETURN_GENERATED_KEYS)) {
			ps.setString(1, code);
			ps.setString(2, "C" + code.substring(7, 9));
			ps.setString(3, "Cơ quan cụm " + code);
			ps.executeUpdate();
			try (ResultSet keys = ps.getGeneratedKeys()) {
				keys.next();
				return keys.getLong(1);
			}
		}
	}

	static long insertFile(Connection c, long agency, int year, String maintenanceCode, Integer retentionYears,
			String status, LocalDate dueOn, String dueAction) throws SQLException {
		int serial = SERIAL.incrementAndGet();
		try (PreparedStatement ps = c.prepareStatement("insert into lt_record_file (agency_id, custody_agency_id, "
				+ "file_code, file_year, file_notation, title, maintenance_code, retention_years, access_mode, "
				+ "language, start_date, end_date, status, due_on, due_action, schema_version, opened_by, opened_at, "
				+ "closed_at, deposited_at) values (?, ?, ?, ?, ?, ?, ?, ?, '01', '01', ?, ?, ?, ?, ?, 'TT05/2025', "
				+ "'cluster', ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
			LocalDate end = LocalDate.of(year, 11, 30);
			ps.setLong(1, agency);
			ps.setLong(2, agency);
			ps.setString(3, "CL." + agency + "." + year + "." + serial);
			ps.setInt(4, year);
			ps.setString(5, serial + ".VP");
			ps.setString(6, "Hồ sơ thử cụm " + serial);
			ps.setString(7, maintenanceCode);
			ps.setObject(8, retentionYears);
			ps.setDate(9, Date.valueOf(LocalDate.of(year, 1, 15)));
			ps.setDate(10, Date.valueOf(end));
			ps.setString(11, status);
			ps.setDate(12, Date.valueOf(dueOn));
			ps.setString(13, dueAction);
			ps.setTimestamp(14, Timestamp.valueOf(LocalDateTime.of(year, 1, 15, 8, 0)));
			ps.setTimestamp(15, Timestamp.valueOf(end.plusDays(10).atTime(16, 0)));
			ps.setTimestamp(16, "DEPOSITED".equals(status) ? Timestamp.valueOf(end.plusMonths(6).atTime(10, 0)) : null);
			ps.executeUpdate();
			try (ResultSet keys = ps.getGeneratedKeys()) {
				keys.next();
				return keys.getLong(1);
			}
		}
	}

	// --- helpers
	// --------------------------------------------------------------------------

	static Connection db() throws SQLException {
		return DriverManager.getConnection(serverUrl + "/" + DB, user, password);
	}

	static long count(String sql) {
		try (Connection c = db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	static String text(String sql) {
		try (Connection c = db(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			return rs.next() ? rs.getString(1) : null;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	static String ids(List<Long> ids) {
		return ids.isEmpty() ? "-1" : String.join(",", ids.stream().map(String::valueOf).toList());
	}

	static void waitUntil(String what, BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not within " + WAIT.toSeconds() + " s: " + what);
			}
			Thread.sleep(250);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
