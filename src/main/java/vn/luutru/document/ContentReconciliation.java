package vn.luutru.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.luutru.content.ContentStore;

/**
 * Removes what no committed row uses: bytes placed by a capture or a package step that
 * was killed before its commit, a package superseded by its resumed step, and the upload
 * spool files of a killed process. Only what is older than the grace
 * ({@code luutru.content.reconciliation.grace}, longer than any step's job lock) goes, so
 * a step still running keeps what it placed; placing bytes that are there already makes
 * them young again. Each object goes in a transaction of its own under its
 * {@code lt_content} row ({@link ContentObjects}), as an erasure does: a capture of the
 * same bytes holds that row from before it places them to its commit, so the check here
 * waits for it and counts its document. Objects queued in {@code lt_content_erasure} are
 * left to the erasure queue.
 */
@Component
class ContentReconciliation {

	private static final Logger log = LoggerFactory.getLogger(ContentReconciliation.class);

	/** Tomcat's names for the parts of a multipart body it spools to disk. */
	private static final String SPOOL_PREFIX = "upload_";

	private final DocumentMapper mapper;

	private final ContentObjects objects;

	private final ContentStore store;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	private final Duration grace;

	private final int chunk;

	private final Path spool;

	ContentReconciliation(DocumentMapper mapper, ContentObjects objects, ContentStore store, Clock clock,
			PlatformTransactionManager transactions,
			@Value("${luutru.content.reconciliation.grace:PT1H}") Duration grace,
			@Value("${luutru.content.reconciliation.chunk:500}") int chunk, MultipartProperties multipart)
			throws IOException {
		if (grace.isNegative() || grace.isZero() || chunk < 1) {
			throw new IllegalArgumentException(
					"luutru.content.reconciliation: grace and chunk must be positive: " + grace + ", " + chunk);
		}
		this.mapper = mapper;
		this.objects = objects;
		this.store = store;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.grace = grace;
		this.chunk = chunk;
		// The bound properties Tomcat spools to, not the setting read again: a data
		// folder
		// named at random (tests) would name another folder on every read.
		String spool = multipart.getLocation();
		this.spool = (spool == null || spool.isBlank()) ? null : Path.of(spool).toAbsolutePath().normalize();
	}

	@Scheduled(initialDelayString = "${luutru.content.reconciliation.interval:PT6H}",
			fixedDelayString = "${luutru.content.reconciliation.interval:PT6H}")
	void scheduled() {
		try {
			reconcile();
		}
		catch (RuntimeException ex) {
			log.warn("Đối soát kho nội dung dừng / content reconciliation stopped: {}", ex.toString());
		}
	}

	/** Walks the store in chunks and removes what is unused; returns the counts. */
	Result reconcile() {
		Instant before = Instant.now(this.clock).minus(this.grace);
		int checked = 0;
		int removed = 0;
		String after = null;
		List<String> candidates;
		while (!(candidates = candidates(after, before)).isEmpty()) {
			checked += candidates.size();
			Set<String> used = Set.copyOf(this.mapper.findUsedContent(candidates));
			for (String sha256 : candidates) {
				if (!used.contains(sha256) && removeIfUnused(sha256, before)) {
					removed++;
				}
			}
			after = candidates.get(candidates.size() - 1);
		}
		int spoolRemoved = removeStaleSpool(before);
		Result result = new Result(checked, removed, spoolRemoved);
		log.info("Đối soát kho nội dung: xét {} đối tượng cũ hơn {}, xóa {} không còn dùng, {} tệp tải lên bỏ dở / "
				+ "content reconciliation: {} objects older than {} checked, {} unused removed, {} abandoned upload files",
				checked, this.grace, removed, spoolRemoved, checked, this.grace, removed, spoolRemoved);
		return result;
	}

	private List<String> candidates(String after, Instant before) {
		try {
			return this.store.objectsWrittenBefore(after, this.chunk, before);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Under the object's lock: still old, still used by nothing, then both copies go. A
	 * failure leaves the object for the next run and stops nothing else.
	 */
	private boolean removeIfUnused(String sha256, Instant before) {
		try {
			return Boolean.TRUE.equals(this.ownTransaction.execute((tx) -> {
				this.objects.lock(sha256);
				if (!this.store.writtenBefore(sha256, before) || this.objects.inUse(sha256)) {
					return false;
				}
				try {
					return this.store.erase(sha256);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}));
		}
		catch (RuntimeException ex) {
			log.warn("Chưa xóa được đối tượng không dùng {} / unused object {} not removed: {}", sha256, sha256,
					ex.toString());
			return false;
		}
	}

	/**
	 * Spool files of uploads untouched for the grace: a live upload writes to its file,
	 * and a finished one is read and dropped well within it.
	 */
	private int removeStaleSpool(Instant before) {
		if (this.spool == null || !Files.isDirectory(this.spool)) {
			return 0;
		}
		int removed = 0;
		FileTime cutoff = FileTime.from(before);
		try (Stream<Path> files = Files.list(this.spool)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				if (file.getFileName().toString().startsWith(SPOOL_PREFIX) && Files.isRegularFile(file)
						&& Files.getLastModifiedTime(file).compareTo(cutoff) < 0 && Files.deleteIfExists(file)) {
					removed++;
				}
			}
		}
		catch (IOException ex) {
			log.warn("Không dọn được thư mục tải lên {} / upload spool {} not cleared: {}", this.spool, this.spool,
					ex.toString());
		}
		return removed;
	}

	/** Where Tomcat spools uploads; null when not set. */
	Path spool() {
		return this.spool;
	}

	/** What one run did. */
	record Result(int checked, int removed, int spoolRemoved) {

	}

}
