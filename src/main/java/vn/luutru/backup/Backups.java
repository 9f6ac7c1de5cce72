package vn.luutru.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.audit.AuditSignatures;
import vn.luutru.common.ConflictException;
import vn.luutru.content.ContentStore;
import vn.luutru.fixity.IncidentKind;
import vn.luutru.fixity.Incidents;

/**
 * Backup sets of the database and the content store together (TT 05/2025 Đ27): the dump
 * is taken in one snapshot transaction, which also lists the objects it references; the
 * objects are copied after it (content is immutable and named by its checksum, so a copy
 * taken later holds the same bytes). Incremental sets copy only the objects no set of
 * their chain holds; the first set on or after {@code luutru.backup.full-on-day} of a
 * month is full. A failure leaves no set, logs the backup FAILED and raises an incident.
 */
@Component
public class Backups {

	private static final Logger log = LoggerFactory.getLogger(Backups.class);

	/** How often a running backup touches its row. */
	static final Duration HEARTBEAT = Duration.ofMinutes(1);

	/** A RUNNING entry untouched this long is a backup whose node stopped. */
	static final Duration STALE = Duration.ofMinutes(5);

	private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor((r) -> {
		Thread thread = new Thread(r, "luutru-backup-heartbeat");
		thread.setDaemon(true);
		return thread;
	});

	private static final DateTimeFormatter SET_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

	private final BackupMapper mapper;

	private final BackupProperties settings;

	private final ContentStore store;

	private final PlatformTransactionManager transactions;

	private final DatabaseSnapshot snapshots;

	private final Incidents incidents;

	private final AuditService audit;

	private final AuditSignatures signatures;

	private final Clock clock;

	Backups(BackupMapper mapper, BackupProperties settings, ContentStore store, DatabaseSnapshot snapshots,
			PlatformTransactionManager transactions, Incidents incidents, AuditService audit,
			AuditSignatures signatures, Clock clock) {
		this.signatures = signatures;
		this.mapper = mapper;
		this.settings = settings;
		this.store = store;
		this.snapshots = snapshots;
		this.transactions = transactions;
		this.incidents = incidents;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Logs a new backup as RUNNING, full or incremental as the rules say; refused while
	 * another runs on any node (its row holds the one running slot).
	 */
	public BackupEntry begin(String startedBy, BackupTrigger trigger) {
		Instant now = Instant.now(this.clock);
		for (BackupEntry running : this.mapper.findRunning()) {
			if (this.mapper.isAliveSince(running.id(), now.minus(STALE))) {
				throw new ConflictException("conflict.backupRunning", running.startedAt());
			}
			abandonQuietly(this.settings.target().resolve(running.setName() + BackupSetWriter.PARTIAL));
			fail(running,
					new IllegalStateException("bị gián đoạn: node dừng khi đang ghi / interrupted: its node stopped"
							+ " while writing it (no heartbeat for " + STALE + ")"));
		}
		BackupEntry last = this.mapper.findLastDone();
		BackupChain chain = chainOf(last);
		boolean full = chain == null || fullDue(chain, now);
		String name = "LT-" + SET_TIME.format(now.atZone(this.clock.getZone())) + "-" + (full ? "F" : "I");
		BackupMapper.NewBackup entry = new BackupMapper.NewBackup(name, full ? BackupKind.FULL : BackupKind.INCREMENTAL,
				full ? null : last.setName(), startedBy, trigger, now, this.settings.target().toString());
		try {
			// The one running slot (V67): a backup begun meanwhile by another node holds
			// it.
			this.mapper.insert(entry);
		}
		catch (DuplicateKeyException ex) {
			Instant since = this.mapper.findRunning().stream().map(BackupEntry::startedAt).findFirst().orElse(now);
			throw new ConflictException("conflict.backupRunning", since);
		}
		return this.mapper.find(entry.id);
	}

	/** Writes the set of a logged backup; returns its entry as it ended. */
	public BackupEntry run(long id) {
		BackupEntry entry = this.mapper.find(id);
		BackupSetWriter writer = null;
		ScheduledFuture<?> heartbeat = this.heartbeats.scheduleWithFixedDelay(
				() -> this.mapper.alive(id, Instant.now(this.clock)), HEARTBEAT.toSeconds(), HEARTBEAT.toSeconds(),
				TimeUnit.SECONDS);
		try {
			writer = new BackupSetWriter(this.settings.target(), entry.setName());
			DatabaseSnapshot.Snapshot snapshot = this.snapshots.take(writer);
			BackupChain base = (entry.baseSetName() != null)
					? BackupChain.of(this.settings.target().resolve(entry.baseSetName())) : null;
			copyObjects(entry, writer, snapshot.objects(), base);
			writer.finish(new BackupSetWriter.BackupManifestDraft(entry.setName(), entry.kind(), entry.baseSetName(),
					snapshot.takenAt().toString(), snapshot.schemaVersion(), snapshot.rows()), this.signatures);
			long rows = snapshot.rows().values().stream().mapToLong(Long::longValue).sum();
			long bytes = writer.bytes();
			inTransaction().executeWithoutResult((tx) -> {
				this.mapper.done(id, Instant.now(this.clock), snapshot.rows().size(), rows, bytes);
				Map<String, Object> details = new LinkedHashMap<>();
				details.put("set", entry.setName());
				details.put("kind", entry.kind().name());
				details.put("base", String.valueOf(entry.baseSetName()));
				details.put("objects", snapshot.objects().size());
				details.put("bytes", bytes);
				this.audit.record(AuditAction.BACKUP_COMPLETED, "backup", id, null, details);
			});
			log.info("Đã sao lưu {} ({}) / backup set {} written: {} tables, {} rows, {} objects, {} bytes",
					entry.setName(), entry.kind(), entry.setName(), snapshot.rows().size(), rows,
					snapshot.objects().size(), bytes);
		}
		catch (RuntimeException | IOException | SQLException ex) {
			if (writer != null) {
				abandonQuietly(writer.partial);
			}
			fail(entry, ex);
		}
		finally {
			heartbeat.cancel(false);
		}
		return this.mapper.find(id);
	}

	/** Begins and runs a backup here and now (the command, the schedule). */
	public BackupEntry backUp(String startedBy, BackupTrigger trigger) {
		return run(begin(startedBy, trigger).id());
	}

	public BackupEntry entry(long id) {
		return this.mapper.find(id);
	}

	public List<BackupEntry> log(int limit) {
		return this.mapper.findAll(limit);
	}

	private void copyObjects(BackupEntry entry, BackupSetWriter writer, List<String> objects, BackupChain base)
			throws IOException {
		long done = 0;
		long copied = 0;
		for (String sha256 : objects) {
			if (base == null || !base.holds(sha256)) {
				try (InputStream in = this.store.open(sha256)) {
					writer.copyObject(sha256, in);
				}
				copied++;
			}
			done++;
			if (done % this.settings.progressEvery() == 0) {
				this.mapper.progress(entry.id(), objects.size(), done, copied, writer.bytes());
			}
		}
		this.mapper.progress(entry.id(), objects.size(), done, copied, writer.bytes());
	}

	private void fail(BackupEntry entry, Exception ex) {
		String error = String.valueOf(ex.getMessage());
		log.error("Sao lưu {} thất bại / backup {} failed: {}", entry.setName(), entry.setName(), error, ex);
		inTransaction().executeWithoutResult((tx) -> {
			if (this.mapper.failed(entry.id(), Instant.now(this.clock), error) == 0) {
				return;
			}
			String subject = "Sao lưu " + entry.setName() + " thất bại / backup failed";
			String details = "Bộ sao lưu / set: " + entry.setName() + " (" + entry.kind() + ")\nNơi ghi / target: "
					+ entry.target() + "\nLỗi / error: " + error
					+ "\nKhông có bộ sao lưu nào được giữ từ lần này / no set was kept from this backup.";
			long incident = this.incidents.raise(IncidentKind.BACKUP, subject, details, null, null,
					AuditAction.BACKUP_INCIDENT_RAISED, Map.of("set", entry.setName(), "error", error));
			this.mapper.setIncident(entry.id(), incident);
		});
	}

	/** The chain of the last good set, or null when it is gone from the target. */
	private BackupChain chainOf(BackupEntry last) {
		if (last == null) {
			return null;
		}
		try {
			return BackupChain.of(this.settings.target().resolve(last.setName()));
		}
		catch (BackupRefusedException ex) {
			log.warn("Bộ sao lưu trước không dùng được, sao lưu toàn bộ / last set unusable, backing up in full: {}",
					ex.getMessage());
			return null;
		}
	}

	/**
	 * Whether the chain's full set predates this month's full day (or last month's,
	 * before it): the first backup on or after the day is full, even if the day itself
	 * was missed.
	 */
	private boolean fullDue(BackupChain chain, Instant now) {
		ZoneId zone = this.clock.getZone();
		LocalDate today = now.atZone(zone).toLocalDate();
		LocalDate fullDay = today.withDayOfMonth(this.settings.fullOnDay());
		if (fullDay.isAfter(today)) {
			fullDay = fullDay.minusMonths(1);
		}
		BackupManifest full = chain.manifests.get(chain.manifests.size() - 1);
		LocalDate fullTaken = Instant.parse(full.createdAt()).atZone(zone).toLocalDate();
		return fullTaken.isBefore(fullDay);
	}

	private TransactionTemplate inTransaction() {
		TransactionTemplate tx = new TransactionTemplate(this.transactions);
		tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return tx;
	}

	private static void abandonQuietly(Path partial) {
		try {
			BackupSetWriter.deleteTree(partial);
		}
		catch (IOException ex) {
			log.warn("Không xóa được bộ sao lưu dở {} / could not remove the partial set: {}", partial,
					ex.getMessage());
		}
	}

	@PreDestroy
	void stop() {
		this.heartbeats.shutdownNow();
	}

	Path target() {
		return this.settings.target();
	}

}
