package vn.luutru.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipFile;

import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.ConflictException;
import vn.luutru.common.FieldProblem;
import vn.luutru.common.InvalidInputException;
import vn.luutru.common.NotFoundException;
import vn.luutru.common.ProblemTexts;
import vn.luutru.content.ContentStore;
import vn.luutru.content.StagedContent;
import vn.luutru.document.CapturedDocument;
import vn.luutru.document.DocumentCapture;
import vn.luutru.document.InspectedContent;
import vn.luutru.file.FileIntake;
import vn.luutru.file.RecordFile;
import vn.luutru.file.RecordFileService;
import vn.luutru.process.StepProgress;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.UserPrincipals;

/**
 * The steps of record-intake, each run as the uploader (their agency, their rights) and
 * each safe to run again: rows move on only from the status they are expected in.
 */
@Service
public class IntakeSteps {

	/**
	 * Rows of a chunk whose contents are staged, then forced to disk with their second
	 * copies together ({@link ContentStore#makeDurable}) before they are captured one by
	 * one: one journal commit for many files instead of two for each document.
	 */
	private static final int DURABLE_BATCH = 50;

	private final IntakeMapper mapper;

	private final IntakeService intakes;

	private final IntakeValidation validation;

	private final UserPrincipals principals;

	private final RecordFileService files;

	private final FileIntake fileIntake;

	private final DocumentCapture capture;

	private final ContentStore store;

	private final ProblemTexts texts;

	private final AuditService audit;

	private final IntakeSettings settings;

	private final TransactionTemplate eachRow;

	private final Clock clock;

	/** Inspects a batch's contents, {@code inspectThreads} at once. */
	private final ExecutorService inspecting;

	IntakeSteps(IntakeMapper mapper, IntakeService intakes, IntakeValidation validation, UserPrincipals principals,
			RecordFileService files, FileIntake fileIntake, DocumentCapture capture, ContentStore store,
			ProblemTexts texts, AuditService audit, IntakeSettings settings, PlatformTransactionManager transactions,
			Clock clock) {
		this.mapper = mapper;
		this.intakes = intakes;
		this.validation = validation;
		this.principals = principals;
		this.files = files;
		this.fileIntake = fileIntake;
		this.capture = capture;
		this.store = store;
		this.texts = texts;
		this.audit = audit;
		this.settings = settings;
		this.eachRow = new TransactionTemplate(transactions);
		this.eachRow.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		AtomicInteger threads = new AtomicInteger();
		this.inspecting = Executors.newFixedThreadPool(settings.inspectThreads(), (task) -> {
			Thread thread = new Thread(task, "intake-inspect-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@PreDestroy
	void stop() {
		this.inspecting.shutdownNow();
	}

	/**
	 * Checks every row read (the first sheet's, or a corrected one's) together with the
	 * good rows already waiting, so that a corrected row is judged with the rest of its
	 * file; returns how many rows of the intake stand refused.
	 */
	@Transactional
	public int validate(long intakeId) {
		Intake intake = require(intakeId);
		IntakeSchema schema = IntakeSchema.ofCode(intake.schemaVersion());
		List<IntakeRow> rows = new ArrayList<>();
		List<IntakeRow> toJudge = new ArrayList<>();
		for (StoredRow row : this.mapper.findRowsToCheck(intakeId)) {
			IntakeRow read = IntakeSheet.row(row.rowNo(), this.intakes.read(row.rowValues()), schema);
			rows.add(read);
			if (row.status() == IntakeRowStatus.READ) {
				toJudge.add(read);
			}
		}
		CurrentUser user = uploader(intake);
		UserPrincipals.runAs(user, () -> {
			this.validation.validate(rows, user);
			return null;
		});
		for (IntakeRow row : toJudge) {
			if (!row.valid()) {
				this.mapper.judgeRow(intakeId, row.number(), IntakeRowStatus.INVALID, errors(row.problems()));
			}
		}
		// Every row read and not refused is good: one statement, not one a row.
		this.mapper.acceptRowsRead(intakeId);
		int bad = this.mapper.countRowsIn(intakeId, IntakeRowStatus.INVALID);
		this.mapper.changeStatus(intakeId, IntakeStatus.VALIDATING,
				(bad > 0) ? IntakeStatus.ROWS_REJECTED : IntakeStatus.CAPTURING, Instant.now(this.clock));
		return bad;
	}

	/** The clerk captures the good rows and leaves the refused ones for a new intake. */
	@Transactional
	public void captureValidRows(long intakeId) {
		this.mapper.changeStatus(intakeId, IntakeStatus.ROWS_REJECTED, IntakeStatus.CAPTURING, Instant.now(this.clock));
	}

	/**
	 * Opens the files of the good rows (still open: their documents come in first) and
	 * links the rows to them; a file already linked is not opened again.
	 */
	@Transactional
	public void openFiles(long intakeId) {
		Intake intake = require(intakeId);
		IntakeSchema schema = IntakeSchema.ofCode(intake.schemaVersion());
		Map<String, IntakeRow> firstRows = new LinkedHashMap<>();
		for (StoredRow row : this.mapper.findRows(intakeId, IntakeRowStatus.VALID, 0, Integer.MAX_VALUE)) {
			if (row.fileId() == null) {
				firstRows.putIfAbsent(row.fileNotation(),
						IntakeSheet.row(row.rowNo(), this.intakes.read(row.rowValues()), schema));
			}
		}
		UserPrincipals.runAs(uploader(intake), () -> {
			firstRows.forEach((notation, row) -> {
				RecordFile file = this.files.open(row.file());
				this.mapper.linkFile(intakeId, notation, file.id());
			});
			return null;
		});
	}

	/**
	 * Captures a chunk of good rows: at most {@code chunk-size} rows, and no new row once
	 * {@code chunk-time} has passed, so that the step ends well inside the job lock. The
	 * chunk's documents, their rows' statuses and their audit events commit in one
	 * transaction (one database flush for the chunk, the audit chain's head held only
	 * while the chunk's events are written), each document's bytes durable in both copies
	 * before that commit: a crash loses the chunk's transaction, never a row's status
	 * without its document, and the resumed step captures those rows once, reusing the
	 * bytes already placed (they are addressed by their SHA-256). When the capture
	 * refuses a row's content, the chunk is rolled back and its rows are captured one
	 * transaction each, the refused row marked FAILED. Returns how many good rows are
	 * left.
	 */
	public int captureChunk(long intakeId) {
		Intake intake = require(intakeId);
		IntakeSchema schema = IntakeSchema.ofCode(intake.schemaVersion());
		CurrentUser user = uploader(intake);
		List<StoredRow> chunk = this.mapper.findRows(intakeId, IntakeRowStatus.VALID, 0, this.settings.chunkSize());
		long deadline = System.nanoTime() + this.settings.chunkTime().toNanos();
		Map<Integer, ZipFile> zips = new HashMap<>();
		try {
			try {
				this.eachRow.executeWithoutResult((tx) -> {
					this.audit.deferToCommit();
					UserPrincipals.runAs(user, () -> {
						for (int i = 0; i < chunk.size()
								&& (i == 0 || System.nanoTime() < deadline); i += DURABLE_BATCH) {
							captureBatch(zips, intake, chunk.subList(i, Math.min(chunk.size(), i + DURABLE_BATCH)),
									schema);
						}
						return null;
					});
				});
			}
			catch (InvalidInputException | ConflictException | NotFoundException refused) {
				for (int i = 0; i < chunk.size() && (i == 0 || System.nanoTime() < deadline); i++) {
					StoredRow row = chunk.get(i);
					ZipFile zip = zip(zips, intake, row);
					UserPrincipals.runAs(user, () -> {
						captureRow(zip, row, schema);
						return null;
					});
				}
			}
		}
		finally {
			zips.values().forEach(IntakeSteps::close);
		}
		return this.mapper.findRows(intakeId, IntakeRowStatus.VALID, 0, 1).size();
	}

	/**
	 * How far the capture has come: good rows captured or failed at capture, of all good
	 * rows, read in a transaction of its own.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	public StepProgress captureProgress(long intakeId) {
		long done = 0;
		long total = 0;
		for (RowCount c : this.mapper.countRows(intakeId)) {
			switch (c.status()) {
				case CAPTURED, FAILED -> {
					done += c.count();
					total += c.count();
				}
				case VALID -> total += c.count();
				default -> {
				}
			}
		}
		return StepProgress.of(done, total,
				"Đã ghi nhận " + done + "/" + total + " văn bản / " + done + " of " + total + " documents captured");
	}

	private static ZipFile zip(Map<Integer, ZipFile> zips, Intake intake, StoredRow row) {
		return zips.computeIfAbsent(row.contentRound(), (round) -> open(intake, round));
	}

	/** The spooled ZIP of one of the intake's rounds. */
	private static ZipFile open(Intake intake, int round) {
		try {
			return new ZipFile(Path.of(intake.spoolPath(), IntakeUpload.zipName(round)).toFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void close(ZipFile zip) {
		try {
			zip.close();
		}
		catch (IOException ex) {
			// read only: nothing lost
		}
	}

	/** One row in its own transaction; a refused content marks it FAILED. */
	private void captureRow(ZipFile zip, StoredRow row, IntakeSchema schema) {
		try {
			this.eachRow.executeWithoutResult((tx) -> captureInChunk(zip, row, schema));
		}
		catch (InvalidInputException ex) {
			fail(row, errors(ex.problems()));
		}
		catch (ConflictException | NotFoundException ex) {
			fail(row, ex.getMessage());
		}
	}

	/**
	 * Captures the rows' documents in the current transaction, with the rows' statuses:
	 * the rows locked (a row captured by an earlier run of the step is skipped), their
	 * contents staged and made durable in both copies together, then each captured. What
	 * is not placed is discarded.
	 */
	private void captureBatch(Map<Integer, ZipFile> zips, Intake intake, List<StoredRow> batch, IntakeSchema schema) {
		List<StoredRow> rows = new ArrayList<>();
		List<IntakeRow> reads = new ArrayList<>();
		List<StagedContent> staged = new ArrayList<>();
		// Rows captured by an earlier run of this step are left out.
		Set<Integer> waiting = new HashSet<>();
		this.mapper.lockValidRows(intake.id(), batch.stream().map(StoredRow::rowNo).toList())
			.forEach((row) -> waiting.add(row.rowNo()));
		try {
			for (StoredRow row : batch) {
				if (!waiting.contains(row.rowNo())) {
					continue;
				}
				IntakeRow read = IntakeSheet.row(row.rowNo(), this.intakes.read(row.rowValues()), schema);
				ZipFile zip = zip(zips, intake, row);
				try (InputStream in = zip.getInputStream(zip.getEntry(read.contentName()))) {
					staged.add(this.store.stageUnforced(in));
				}
				rows.add(row);
				reads.add(read);
			}
			this.store.makeDurable(staged);
			List<InspectedContent> inspected = inspect(staged, reads);
			for (int i = 0; i < rows.size(); i++) {
				StoredRow row = rows.get(i);
				IntakeRow read = reads.get(i);
				CapturedDocument doc = this.capture.capture(row.fileId(), read.document(), read.contentFileName(),
						staged.get(i), inspected.get(i));
				this.mapper.markCaptured(row.intakeId(), row.rowNo(), doc.document().id(),
						(doc.duplicateOf() != null) ? doc.duplicateOf().get(0) : null);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			staged.forEach(this.store::discard);
		}
	}

	/**
	 * The batch's contents inspected and identified ({@link DocumentCapture#inspect}),
	 * {@code inspectThreads} at once: the capture's CPU-heavy part, spread over the
	 * node's processors while the rows are then written one after the other.
	 */
	private List<InspectedContent> inspect(List<StagedContent> staged, List<IntakeRow> reads) throws IOException {
		List<Future<InspectedContent>> running = new ArrayList<>();
		for (int i = 0; i < staged.size(); i++) {
			StagedContent content = staged.get(i);
			String name = reads.get(i).contentFileName();
			running.add(this.inspecting.submit(() -> this.capture.inspect(content, name, null)));
		}
		List<InspectedContent> inspected = new ArrayList<>();
		try {
			for (Future<InspectedContent> f : running) {
				inspected.add(f.get());
			}
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			if (ex.getCause() instanceof RuntimeException rt) {
				throw rt;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("intake inspection interrupted", ex);
		}
		finally {
			running.forEach((f) -> f.cancel(true));
		}
		return inspected;
	}

	/** Captures the row's document in the current transaction, with the row's status. */
	private void captureInChunk(ZipFile zip, StoredRow row, IntakeSchema schema) {
		StoredRow locked = this.mapper.lockValidRow(row.intakeId(), row.rowNo());
		if (locked == null) {
			return; // captured by an earlier run of this step
		}
		IntakeRow read = IntakeSheet.row(row.rowNo(), this.intakes.read(row.rowValues()), schema);
		String name = read.contentName();
		CapturedDocument doc;
		try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
			doc = this.capture.capture(row.fileId(), read.document(), read.contentFileName(), null, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.mapper.markCaptured(row.intakeId(), row.rowNo(), doc.document().id(),
				(doc.duplicateOf() != null) ? doc.duplicateOf().get(0) : null);
	}

	private void fail(StoredRow row, String errors) {
		this.eachRow.executeWithoutResult((tx) -> this.mapper.markFailed(row.intakeId(), row.rowNo(), errors));
	}

	/**
	 * Gives each file its history (closed, deposited on its dates) once its documents are
	 * in, ends the intake and removes its spooled ZIP after the commit.
	 */
	@Transactional
	public void finish(long intakeId) {
		Intake intake = require(intakeId);
		IntakeSchema schema = IntakeSchema.ofCode(intake.schemaVersion());
		UserPrincipals.runAs(uploader(intake), () -> {
			for (StoredRow row : this.mapper.findFirstRowsOfFiles(intakeId)) {
				IntakeRow read = IntakeSheet.row(row.rowNo(), this.intakes.read(row.rowValues()), schema);
				this.fileIntake.applyHistory(row.fileId(), read.history());
			}
			if (this.mapper.changeStatus(intakeId, IntakeStatus.CAPTURING, IntakeStatus.CAPTURED,
					Instant.now(this.clock)) > 0) {
				Map<String, Object> details = new HashMap<>();
				this.mapper.countRows(intakeId).forEach((c) -> details.put(c.status().name(), c.count()));
				this.audit.record(AuditAction.INTAKE_CAPTURED, "intake", String.valueOf(intakeId), intake.agencyId(),
						details);
			}
			return null;
		});
		discardAfterCommit(intake);
	}

	@Transactional
	public void cancel(long intakeId) {
		Intake intake = require(intakeId);
		this.mapper.cancelRows(intakeId);
		if (this.mapper.changeStatus(intakeId, IntakeStatus.ROWS_REJECTED, IntakeStatus.CANCELLED,
				Instant.now(this.clock)) > 0) {
			UserPrincipals.runAs(uploader(intake), () -> {
				this.audit.record(AuditAction.INTAKE_CANCELLED, "intake", String.valueOf(intakeId), intake.agencyId(),
						Map.of());
				return null;
			});
		}
		discardAfterCommit(intake);
	}

	private void discardAfterCommit(Intake intake) {
		Path dir = Path.of(intake.spoolPath());
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				IntakeUpload.discard(dir);
			}
		});
	}

	/** "Column: message; …" in Vietnamese, one problem a column. */
	String errors(List<FieldProblem> problems) {
		Map<String, String> byColumn = new LinkedHashMap<>();
		for (FieldProblem p : problems) {
			String field = p.field().substring(p.field().lastIndexOf('.') + 1);
			byColumn.putIfAbsent(columnOf(field), this.texts.vi(p.code(), p.args().toArray()));
		}
		StringBuilder text = new StringBuilder();
		byColumn.forEach((column,
				message) -> text.append((text.length() > 0) ? "; " : "").append(column).append(": ").append(message));
		return text.toString();
	}

	private static String columnOf(String field) {
		String name = field.equals("fileName") ? "content" : field;
		for (IntakeColumn column : IntakeColumn.values()) {
			if (column.field.equals(name)) {
				return column.header;
			}
		}
		return field;
	}

	private CurrentUser uploader(Intake intake) {
		return this.principals.load(intake.uploadedBy());
	}

	private Intake require(long id) {
		Intake intake = this.mapper.findById(id);
		if (intake == null) {
			throw new NotFoundException("intake", id);
		}
		return intake;
	}

}
