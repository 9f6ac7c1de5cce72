package vn.luutru.content;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Two directory trees addressed by SHA-256 ({@link ContentLocation}), meant for two
 * disks: every object is kept in both. Content is written to a staging file, forced to
 * disk and moved into place atomically, so a half-written file is never visible under its
 * name; the second copy is copied, forced and checked against the checksum before either
 * copy appears. Reads take the first copy when both are there with one size, and
 * otherwise the copy that still matches its name (restoring a missing one).
 */
@Component
class FileSystemContentStore implements ContentStore {

	private static final Logger log = LoggerFactory.getLogger(FileSystemContentStore.class);

	private static final int BUFFER = 64 * 1024;

	/** In the second location once every object of the first had its copy there. */
	static final String REPLICATED = ".replicated";

	/** A directory level of the tree: the first, then the next two hex digits. */
	private static final Pattern LEVEL = Pattern.compile("[0-9a-f]{2}");

	private final ContentLocation primary;

	private final ContentLocation replica;

	private final boolean fsync;

	private final Duration stagingGrace;

	/**
	 * Threads that force a batch's files ({@link #makeDurable}): the file system commits
	 * the fsyncs that wait together in one journal commit (100 KB files on this project's
	 * bench disk: ~5 ms each one after the other, ~0.5-1 ms each eight or more at a
	 * time).
	 */
	private static final int FORCE_THREADS = 8;

	private final ExecutorService forcing = Executors.newFixedThreadPool(FORCE_THREADS, (task) -> {
		Thread thread = new Thread(task, "content-force");
		thread.setDaemon(true);
		return thread;
	});

	/** Staging files written by {@link #stageUnforced} and not forced yet. */
	private final Set<Path> unforced = ConcurrentHashMap.newKeySet();

	/** Second copies {@link #makeDurable} made, forced and checked, by staging file. */
	private final Map<Path, Path> secondCopies = new ConcurrentHashMap<>();

	FileSystemContentStore(ContentProperties properties) throws IOException {
		this.fsync = properties.fsync();
		this.primary = new ContentLocation(properties.root(), this.fsync);
		this.replica = new ContentLocation(properties.replicaRoot(), this.fsync);
		this.stagingGrace = properties.stagingGrace();
		removeAbandonedStaging();
	}

	/**
	 * A node killed while staging (an upload, a package being written) leaves its staging
	 * file behind; files untouched for longer than the grace are no live node's. Done at
	 * start and then once every grace period, so that leftovers go without waiting for a
	 * restart.
	 */
	@Scheduled(initialDelayString = "${luutru.content.staging-grace}",
			fixedDelayString = "${luutru.content.staging-grace}")
	void removeAbandonedStaging() throws IOException {
		FileTime before = FileTime.from(Instant.now().minus(this.stagingGrace));
		int removed = 0;
		for (ContentLocation location : new ContentLocation[] { this.primary, this.replica }) {
			try (Stream<Path> files = Files.list(location.staging())) {
				for (Path file : (Iterable<Path>) files::iterator) {
					if (Files.getLastModifiedTime(file).compareTo(before) < 0) {
						ContentLocation.deleteQuietly(file);
						this.unforced.remove(file);
						this.secondCopies.remove(file);
						removed++;
					}
				}
			}
		}
		if (removed > 0) {
			log.info("Removed {} staging files left by a node that stopped while writing them", removed);
		}
	}

	/**
	 * A store kept in one copy before (a node upgraded to two copies) gets its second
	 * copies in the background after start, so that the node serves meanwhile; a read
	 * makes the missing copy of what it reads at once. A marker in the second location
	 * says the pass was done: a new empty disk there (a replaced one) has none, and gets
	 * the pass again.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void replicateInBackground() {
		if (Files.exists(this.replica.root().resolve(REPLICATED))) {
			return;
		}
		Thread thread = new Thread(() -> {
			try {
				if (replicateMissing() >= 0) {
					Files.writeString(this.replica.root().resolve(REPLICATED), Instant.now().toString());
				}
			}
			catch (IOException | RuntimeException ex) {
				log.warn("Chưa tạo đủ bản thứ hai / second copies not all made: {}", ex.toString());
			}
		}, "content-replicate");
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * Makes the second copy of every object the first location has and the second has
	 * not; returns how many were made, or minus how many could not be (a first copy that
	 * does not match its checksum is not copied).
	 */
	int replicateMissing() throws IOException {
		int made = 0;
		int failed = 0;
		try (Stream<Path> files = Files.walk(this.primary.root())) {
			for (Path file : (Iterable<Path>) files::iterator) {
				String name = file.getFileName().toString();
				if (ContentLocation.SHA256.matcher(name).matches() && !this.replica.exists(name)
						&& Files.isRegularFile(file)) {
					if (copy(this.primary, this.replica, name)) {
						made++;
					}
					else if (!this.replica.exists(name)) {
						failed++;
					}
				}
			}
		}
		if (made > 0) {
			log.info("Đã tạo {} bản thứ hai còn thiếu trong {} / made {} missing second copies in {}", made,
					this.replica, made, this.replica);
		}
		return (failed == 0) ? made : -failed;
	}

	@Override
	public StagedContent stage(InputStream in) throws IOException {
		return stage((out) -> {
			byte[] buffer = new byte[BUFFER];
			for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
				out.write(buffer, 0, n);
			}
		});
	}

	@Override
	public StagedContent stage(GeneratedContent.Writer writer) throws IOException {
		return stage(writer, true);
	}

	@PreDestroy
	void stopForcing() {
		this.forcing.shutdown();
	}

	@Override
	public StagedContent stageUnforced(InputStream in) throws IOException {
		StagedContent staged = stage((out) -> in.transferTo(out), false);
		if (this.fsync) {
			this.unforced.add(staged.file());
		}
		return staged;
	}

	@Override
	public void makeDurable(List<StagedContent> staged) throws IOException {
		List<Path> toForce = new ArrayList<>();
		for (StagedContent content : staged) {
			if (this.unforced.contains(content.file())) {
				toForce.add(content.file());
			}
		}
		forceAll(toForce);
		toForce.forEach(this.unforced::remove);
		Map<Path, Path> copies = new LinkedHashMap<>();
		try {
			for (StagedContent content : staged) {
				if (!this.secondCopies.containsKey(content.file()) && !copies.containsKey(content.file())
						&& !this.replica.exists(content.sha256())) {
					copies.put(content.file(), this.replica.stageCopy(content.file(), content.sha256(), false));
				}
			}
			forceAll(copies.values());
		}
		catch (IOException | RuntimeException ex) {
			copies.values().forEach(ContentLocation::deleteQuietly);
			throw ex;
		}
		this.secondCopies.putAll(copies);
	}

	/** Forces the files to disk, several at a time. */
	private void forceAll(Collection<Path> files) throws IOException {
		if (!this.fsync || files.isEmpty()) {
			return;
		}
		List<Future<?>> forced = new ArrayList<>();
		for (Path file : files) {
			forced.add(this.forcing.submit(() -> {
				force(file);
				return null;
			}));
		}
		IOException failure = null;
		for (Future<?> f : forced) {
			try {
				f.get();
			}
			catch (ExecutionException ex) {
				if (failure == null) {
					failure = (ex.getCause() instanceof IOException io) ? io : new IOException(ex.getCause());
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("interrupted while forcing content to disk", ex);
			}
		}
		if (failure != null) {
			throw failure;
		}
	}

	private static void force(Path file) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.force(true);
		}
	}

	private StagedContent stage(GeneratedContent.Writer writer, boolean force) throws IOException {
		Path file = this.primary.newStagingFile();
		MessageDigest digest = ContentLocation.sha256();
		long size;
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
				OutputStream out = new DigestOutputStream(
						new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER), digest)) {
			writer.write(out);
			out.flush();
			if (this.fsync && force) {
				channel.force(true);
			}
			size = channel.size();
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
		return new StagedContent(file, HexFormat.of().formatHex(digest.digest()), size);
	}

	@Override
	public void commit(StagedContent staged) throws IOException {
		if (!place(staged)) {
			return;
		}
		String sha256 = staged.sha256();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						eraseQuietly(sha256);
					}
				}
			});
		}
	}

	/**
	 * The second copy is staged and checked first, then both are put under their name; if
	 * the second cannot be, the first is taken away again: either both copies are there
	 * or neither that this call made. Returns true when the object was in neither
	 * location before and this call placed it.
	 */
	@Override
	public boolean place(StagedContent staged) throws IOException {
		String sha256 = staged.sha256();
		Path prepared = this.secondCopies.remove(staged.file());
		boolean inPrimary = this.primary.exists(sha256);
		boolean inReplica = this.replica.exists(sha256);
		// Made by makeDurable; deleted below when not needed.
		Path replicaCopy = prepared;
		try {
			if (this.unforced.remove(staged.file()) && !inPrimary) {
				force(staged.file());
			}
			// Stored already: written again for the reconciliation, which would otherwise
			// take the bytes a killed step left for an orphan while this one commits
			// them.
			if (inPrimary) {
				this.primary.touch(sha256);
			}
			if (inReplica) {
				this.replica.touch(sha256);
			}
			if (!inReplica && replicaCopy == null) {
				replicaCopy = this.replica.stageCopy(staged.file(), sha256);
			}
			boolean placed = !inPrimary && this.primary.place(staged.file(), sha256);
			if (!inReplica && replicaCopy != null) {
				try {
					this.replica.place(replicaCopy, sha256);
				}
				catch (IOException | RuntimeException ex) {
					if (placed) {
						this.primary.delete(sha256);
					}
					throw ex;
				}
			}
			return placed && !inReplica;
		}
		finally {
			Files.deleteIfExists(staged.file());
			if (replicaCopy != null) {
				ContentLocation.deleteQuietly(replicaCopy);
			}
		}
	}

	@Override
	public void discard(StagedContent staged) {
		ContentLocation.deleteQuietly(staged.file());
		this.unforced.remove(staged.file());
		Path copy = this.secondCopies.remove(staged.file());
		if (copy != null) {
			ContentLocation.deleteQuietly(copy);
		}
	}

	@Override
	public InputStream open(String sha256) throws IOException {
		ContentLocation copy = readable(sha256);
		if (copy == null) {
			throw new NoSuchFileException(this.primary.path(sha256).toString());
		}
		return Files.newInputStream(copy.path(sha256));
	}

	@Override
	public boolean exists(String sha256) {
		return readable(sha256) != null;
	}

	/**
	 * The copy to read: the first when both are there with one size (no hashing on the
	 * common path); otherwise the one that matches its name, a missing copy made again
	 * from it; a copy that matches nothing only when there is no other; null when there
	 * is none.
	 */
	private ContentLocation readable(String sha256) {
		long primarySize = this.primary.size(sha256);
		long replicaSize = this.replica.size(sha256);
		if (primarySize >= 0 && primarySize == replicaSize) {
			return this.primary;
		}
		if (primarySize < 0 && replicaSize < 0) {
			return null;
		}
		if (replicaSize < 0 || primarySize < 0) {
			ContentLocation present = (primarySize >= 0) ? this.primary : this.replica;
			ContentLocation missing = (present == this.primary) ? this.replica : this.primary;
			log.warn("Thiếu bản {} trong {}: tạo lại từ {} / copy {} missing in {}: made again from {}", sha256,
					missing, present, sha256, missing, present);
			copy(present, missing, sha256);
			return present;
		}
		ContentLocation good = this.primary.matches(sha256) ? this.primary
				: this.replica.matches(sha256) ? this.replica : null;
		if (good == null) {
			log.warn("Không bản nào của {} khớp mã kiểm tra / no copy of {} matches its checksum", sha256, sha256);
			return this.primary;
		}
		ContentLocation bad = (good == this.primary) ? this.replica : this.primary;
		log.warn(
				"Bản {} trong {} không khớp mã kiểm tra: đọc từ {} / copy {} in {} does not match its checksum: read from {}",
				sha256, bad, good, sha256, bad, good);
		return good;
	}

	/**
	 * Copies an object from one location to the other, checked against its name; false
	 * (with a warning) when the source does not match or the copy fails.
	 */
	private boolean copy(ContentLocation from, ContentLocation to, String sha256) {
		try {
			return to.place(to.stageCopy(from.path(sha256), sha256), sha256);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Không tạo được bản {} trong {} / could not copy {} to {}: {}", sha256, to, sha256, to,
					ex.toString());
			return false;
		}
	}

	/** Erases both copies; true when there was one to erase. */
	@Override
	public boolean erase(String sha256) throws IOException {
		boolean replicaErased = this.replica.delete(sha256);
		return this.primary.delete(sha256) | replicaErased;
	}

	@Override
	public List<String> objectsWrittenBefore(String after, int limit, Instant before) throws IOException {
		List<String> found = new ArrayList<>();
		String from = (after != null) ? after : "";
		for (String top : names(Path.of(""), LEVEL)) {
			if (top.compareTo(prefix(from, 2)) < 0) {
				continue;
			}
			for (String second : names(Path.of(top), LEVEL)) {
				if ((top + second).compareTo(prefix(from, 4)) < 0) {
					continue;
				}
				for (String sha256 : names(Path.of(top, second), ContentLocation.SHA256)) {
					if (sha256.compareTo(from) > 0 && writtenBefore(sha256, before)) {
						found.add(sha256);
						if (found.size() >= limit) {
							return found;
						}
					}
				}
			}
		}
		return found;
	}

	private static String prefix(String name, int length) {
		return name.substring(0, Math.min(length, name.length()));
	}

	/** The names in one directory of either location, in order. */
	private SortedSet<String> names(Path relative, Pattern pattern) throws IOException {
		SortedSet<String> names = new TreeSet<>(this.primary.names(relative, pattern));
		names.addAll(this.replica.names(relative, pattern));
		return names;
	}

	@Override
	public boolean writtenBefore(String sha256, Instant before) {
		Instant first = this.primary.writtenAt(sha256);
		Instant second = this.replica.writtenAt(sha256);
		return (first != null || second != null) && (first == null || first.isBefore(before))
				&& (second == null || second.isBefore(before));
	}

	@Override
	public List<String> objectsAfter(String after, int limit) throws IOException {
		return objectsWrittenBefore(after, limit, Instant.MAX);
	}

	@Override
	public FixityCheck check(String sha256) {
		return new FixityCheck(sha256,
				List.of(this.primary.check(ContentCopy.FIRST, sha256), this.replica.check(ContentCopy.SECOND, sha256)));
	}

	@Override
	public boolean repair(String sha256, ContentCopy damaged) {
		ContentLocation to = location(damaged);
		ContentLocation from = location(damaged.other());
		try {
			to.replace(to.stageCopy(from.path(sha256), sha256), sha256);
			return true;
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Không sửa được bản {} trong {} từ {} / could not repair {} in {} from {}: {}", sha256, to, from,
					sha256, to, from, ex.toString());
			return false;
		}
	}

	private ContentLocation location(ContentCopy copy) {
		return (copy == ContentCopy.FIRST) ? this.primary : this.replica;
	}

	private void eraseQuietly(String sha256) {
		try {
			erase(sha256);
		}
		catch (IOException ex) {
			log.warn("Could not delete {}: {}", sha256, ex.getMessage());
		}
	}

	Path path(String sha256) {
		return this.primary.path(sha256);
	}

	Path replicaPath(String sha256) {
		return this.replica.path(sha256);
	}

}
