package vn.luutru.crash;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import vn.luutru.LuuTruApplication;
import vn.luutru.support.Api;

/**
 * LuuTru in a JVM of its own (a child of the test JVM), so that it can be killed as a
 * crashed server is: {@link Process#destroyForcibly()} is SIGKILL, nothing of the
 * application runs after it. Its output goes to a log file; {@link #tail} shows the end.
 */
public final class Node implements AutoCloseable {

	static final Duration START = Duration.ofMinutes(3);

	final String name;

	final int port;

	final Path log;

	private final Process process;

	/** The profiles of a node on MariaDB, as the MariaDB tests run. */
	private static final String MARIADB_PROFILES = "test,mysql,mariadb";

	private Node(String name, int port, Path log, Process process) {
		this.name = name;
		this.port = port;
		this.log = log;
		this.process = process;
	}

	/**
	 * Starts the application on the given database and data folder, job executor on, and
	 * waits until it answers.
	 * @param lockTimeMillis how long a job this node acquires stays locked to it: a job
	 * held by a killed node is taken up by another once this has passed
	 */
	static Node start(String name, Path work, String dbUrl, String user, String password, long lockTimeMillis)
			throws Exception {
		return start(name, work, MARIADB_PROFILES, dbUrl, user, password, lockTimeMillis);
	}

	/** As above, with the Spring profiles of the node ({@code test} alone: H2). */
	public static Node start(String name, Path work, String profiles, String dbUrl, String user, String password,
			long lockTimeMillis) throws Exception {
		Node node = launch(name, work, profiles, dbUrl, user, password, lockTimeMillis);
		try {
			node.awaitReady();
		}
		catch (Exception | AssertionError ex) {
			node.close();
			throw ex;
		}
		return node;
	}

	/**
	 * Starts the application as {@link #start} does, without waiting until it answers.
	 */
	static Node launch(String name, Path work, String dbUrl, String user, String password, long lockTimeMillis)
			throws Exception {
		return launch(name, work, MARIADB_PROFILES, dbUrl, user, password, lockTimeMillis);
	}

	private static Node launch(String name, Path work, String profiles, String dbUrl, String user, String password,
			long lockTimeMillis) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Path log = work.resolve(name + ".log");
		// Without empty entries: one would put the working directory, hence bpmn/ a
		// second
		// time, on the class path.
		String classpath = Stream
			.of(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
				.split(File.pathSeparator))
			.filter((entry) -> !entry.isBlank())
			.collect(Collectors.joining(File.pathSeparator));
		List<String> command = new ArrayList<>(List.of(
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
				"-Djava.io.tmpdir=" + Files.createDirectories(work.resolve("tmp")), "-cp", classpath,
				LuuTruApplication.class.getName(), "--spring.profiles.active=" + profiles, "--server.port=" + port,
				"--spring.datasource.url=" + dbUrl, "--spring.datasource.username=" + user,
				"--spring.datasource.password=" + password, "--spring.datasource.hikari.maximum-pool-size=8",
				"--spring.jmx.enabled=false", "--luutru.data-dir=" + work.resolve("data"),
				"--luutru.content.root=" + work.resolve("data").resolve("content"),
				"--luutru.content.replica-root=" + work.resolve("data").resolve("content-replica"),
				// What a killed node left in staging is cleared by the nodes still
				// running
				// (every grace period) and by the next one that starts.
				"--luutru.content.staging-grace=PT5S", "--camunda.bpm.job-execution.enabled=true",
				// The product's intake limits and chunks, not the test profile's small
				// ones.
				"--luutru.intake.chunk-size=50", "--luutru.intake.max-entry-size=200MB",
				"--luutru.intake.max-total-size=4GB", "--luutru.intake.max-rows=20000", "--luutru.intake.max-ratio=100",
				"--luutru.intake.ratio-floor=64KB", "--camunda.bpm.job-execution.wait-time-in-millis=200",
				"--camunda.bpm.job-execution.max-wait=1000",
				"--camunda.bpm.job-execution.lock-time-in-millis=" + lockTimeMillis, "--logging.level.root=warn",
				"--logging.level.vn.luutru=info"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
			.start();
		// Should the test JVM itself be stopped, its child must not outlive it.
		Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
		return new Node(name, port, log, process);
	}

	public Api as(String user, String password) {
		return new Api(this.port, user, password);
	}

	boolean alive() {
		return this.process.isAlive();
	}

	/**
	 * Kills the JVM at once, as a power cut or the kernel's OOM killer would, and waits
	 * until it is gone.
	 */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			kill();
		}
	}

	/** The last lines of the node's output, for a failure message. */
	public String tail(int lines) {
		try {
			List<String> all = Files.readAllLines(this.log, StandardCharsets.UTF_8);
			return "--- last lines of " + this.log + "\n"
					+ String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	void awaitReady() throws Exception {
		long deadline = System.nanoTime() + START.toNanos();
		Api anonymous = new Api(this.port, null, null);
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new AssertionError(this.name + " exited with " + this.process.exitValue() + "\n" + tail(60));
			}
			try {
				if (anonymous.get("/api/v1/agencies").status() == 401) {
					return;
				}
			}
			catch (IllegalStateException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		throw new AssertionError(this.name + " not up within " + START + "\n" + tail(60));
	}

}
