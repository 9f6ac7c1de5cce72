package vn.luutru.content;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A directory tree addressed by SHA-256 ({@code ab/cd/abcd...}). Content is written to a
 * staging file, forced to disk and moved into place atomically, so a half-written file is
 * never visible under its name.
 */
@Component
class FileSystemContentStore implements ContentStore {

	private static final Logger log = LoggerFactory.getLogger(FileSystemContentStore.class);

	private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	private static final int BUFFER = 64 * 1024;

	private final Path root;

	private final Path staging;

	private final boolean fsync;

	private final Duration stagingGrace;

	FileSystemContentStore(ContentProperties properties) throws IOException {
		this.root = properties.root().toAbsolutePath().normalize();
		this.staging = this.root.resolve(".staging");
		this.fsync = properties.fsync();
		this.stagingGrace = properties.stagingGrace();
		Files.createDirectories(this.staging);
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
		try (Stream<Path> files = Files.list(this.staging)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				if (Files.getLastModifiedTime(file).compareTo(before) < 0) {
					deleteQuietly(file);
					removed++;
				}
			}
		}
		if (removed > 0) {
			log.info("Removed {} staging files left by a node that stopped while writing them", removed);
		}
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
		Path file = this.staging.resolve(UUID.randomUUID().toString());
		MessageDigest digest = sha256();
		long size;
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
				OutputStream out = new DigestOutputStream(
						new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER), digest)) {
			writer.write(out);
			out.flush();
			if (this.fsync) {
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
		Path target = path(staged.sha256());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						deleteQuietly(target);
					}
				}
			});
		}
	}

	@Override
	public boolean place(StagedContent staged) throws IOException {
		Path target = path(staged.sha256());
		Files.createDirectories(target.getParent());
		boolean placed;
		try {
			// A hard link appears atomically and fails if the name exists: the same bytes
			// stored before stay as they are and are never replaced under a reader.
			Files.createLink(target, staged.file());
			placed = true;
		}
		catch (FileAlreadyExistsException ex) {
			placed = false;
		}
		catch (UnsupportedOperationException ex) {
			placed = moveIfAbsent(staged.file(), target);
		}
		finally {
			Files.deleteIfExists(staged.file());
		}
		return placed;
	}

	private boolean moveIfAbsent(Path source, Path target) throws IOException {
		if (Files.exists(target)) {
			return false;
		}
		try {
			Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
			return true;
		}
		catch (AtomicMoveNotSupportedException ex) {
			throw new IOException("staging and store must be on one file system: " + this.root, ex);
		}
	}

	@Override
	public void discard(StagedContent staged) {
		deleteQuietly(staged.file());
	}

	@Override
	public InputStream open(String sha256) throws IOException {
		return Files.newInputStream(path(sha256));
	}

	@Override
	public boolean exists(String sha256) {
		return Files.exists(path(sha256));
	}

	@Override
	public boolean erase(String sha256) throws IOException {
		return Files.deleteIfExists(path(sha256));
	}

	Path path(String sha256) {
		if (sha256 == null || !SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("not a SHA-256: " + sha256);
		}
		return this.root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not delete {}: {}", file, ex.getMessage());
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
