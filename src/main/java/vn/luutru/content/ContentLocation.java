package vn.luutru.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One directory tree addressed by SHA-256 ({@code ab/cd/abcd...}) with its own staging
 * area, so that a copy arrives under its name atomically even on another disk.
 */
final class ContentLocation {

	private static final Logger log = LoggerFactory.getLogger(ContentLocation.class);

	static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

	static final String STAGING = ".staging";

	private static final int CHECK_BUFFER = 1024 * 1024;

	private final Path root;

	private final Path staging;

	private final boolean fsync;

	ContentLocation(Path root, boolean fsync) throws IOException {
		this.root = root.toAbsolutePath().normalize();
		this.staging = this.root.resolve(STAGING);
		this.fsync = fsync;
		Files.createDirectories(this.staging);
	}

	Path root() {
		return this.root;
	}

	Path staging() {
		return this.staging;
	}

	Path newStagingFile() {
		return this.staging.resolve(UUID.randomUUID().toString());
	}

	Path path(String sha256) {
		if (sha256 == null || !SHA256.matcher(sha256).matches()) {
			throw new IllegalArgumentException("not a SHA-256: " + sha256);
		}
		return this.root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	boolean exists(String sha256) {
		return Files.exists(path(sha256));
	}

	/** The copy's size; -1 when there is none. */
	long size(String sha256) {
		try {
			return Files.size(path(sha256));
		}
		catch (IOException ex) {
			return -1;
		}
	}

	/** Whether the copy is there and its bytes hash to its name. */
	boolean matches(String sha256) {
		try (InputStream in = Files.newInputStream(path(sha256))) {
			return sha256.equals(hash(in));
		}
		catch (NoSuchFileException ex) {
			return false;
		}
		catch (IOException ex) {
			log.warn("Không đọc được bản {} / copy {} unreadable: {}", path(sha256), path(sha256), ex.toString());
			return false;
		}
	}

	/**
	 * Re-hashes this copy in full through a direct buffer (no copy of the bytes into the
	 * heap): what the fixity audit reads.
	 */
	CopyCheck check(ContentCopy copy, String sha256) {
		Path file = path(sha256);
		MessageDigest digest = sha256();
		long size = 0;
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			ByteBuffer buffer = ByteBuffer.allocateDirect(CHECK_BUFFER);
			for (int n = channel.read(buffer); n != -1; n = channel.read(buffer)) {
				buffer.flip();
				size += buffer.remaining();
				digest.update(buffer);
				buffer.clear();
			}
		}
		catch (NoSuchFileException ex) {
			return new CopyCheck(copy, CopyCheck.CopyState.MISSING, null, -1);
		}
		catch (IOException ex) {
			log.warn("Không đọc được bản {} / copy {} unreadable: {}", file, file, ex.toString());
			return new CopyCheck(copy, CopyCheck.CopyState.MISSING, null, -1);
		}
		String actual = HexFormat.of().formatHex(digest.digest());
		return new CopyCheck(copy, sha256.equals(actual) ? CopyCheck.CopyState.GOOD : CopyCheck.CopyState.MISMATCH,
				actual, size);
	}

	/**
	 * Puts a staged file under its name in place of what is there (a damaged copy),
	 * atomically: a reader sees the old file or the new one. The staged file is gone
	 * afterwards.
	 */
	void replace(Path stagedFile, String sha256) throws IOException {
		Path target = path(sha256);
		try {
			Files.createDirectories(target.getParent());
			Files.move(stagedFile, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(stagedFile);
		}
	}

	/**
	 * Copies a file into this location's staging area, forced to disk, and checks that
	 * the copy hashes to {@code sha256}. The staging file is gone when this fails.
	 */
	Path stageCopy(Path source, String sha256) throws IOException {
		return stageCopy(source, sha256, true);
	}

	/**
	 * As {@link #stageCopy(Path, String)}, forced to disk only if {@code force}: the
	 * caller forces it otherwise.
	 */
	Path stageCopy(Path source, String sha256, boolean force) throws IOException {
		Path copy = newStagingFile();
		try {
			try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
					FileChannel out = FileChannel.open(copy, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				long size = in.size();
				for (long done = 0; done < size;) {
					long n = in.transferTo(done, size - done, out);
					if (n <= 0 && in.size() < size) {
						throw new IOException("file shrank while being copied: " + source);
					}
					done += n;
				}
				if (this.fsync && force) {
					out.force(true);
				}
			}
			String copied;
			try (InputStream in = Files.newInputStream(copy)) {
				copied = hash(in);
			}
			if (!sha256.equals(copied)) {
				throw new IOException("the copy in " + this.root + " does not match: " + copied + " ≠ " + sha256);
			}
			return copy;
		}
		catch (IOException | RuntimeException ex) {
			deleteQuietly(copy);
			throw ex;
		}
	}

	/**
	 * Puts a staged file under its name, unless a copy is there already; returns true
	 * when this call placed it. The staged file is removed either way.
	 */
	boolean place(Path stagedFile, String sha256) throws IOException {
		Path target = path(sha256);
		try {
			try {
				// A look first: the folder is there for most objects, and making it
				// again costs a failed mkdir and an exception each time.
				if (!Files.isDirectory(target.getParent())) {
					Files.createDirectories(target.getParent());
				}
			}
			catch (FileAlreadyExistsException ex) {
				throw new IOException("not a directory: " + ex.getFile(), ex);
			}
			// A hard link appears atomically and fails if the name exists: the same bytes
			// stored before stay as they are and are never replaced under a reader.
			Files.createLink(target, stagedFile);
			return true;
		}
		catch (FileAlreadyExistsException ex) {
			// Written again: young for the reconciliation, which would otherwise take the
			// bytes of a step killed earlier for an orphan while this one commits them.
			touch(target);
			return false;
		}
		catch (UnsupportedOperationException ex) {
			return moveIfAbsent(stagedFile, target);
		}
		finally {
			Files.deleteIfExists(stagedFile);
		}
	}

	private boolean moveIfAbsent(Path source, Path target) throws IOException {
		if (Files.exists(target)) {
			touch(target);
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

	/** Marks an existing copy written now; nothing when there is none. */
	void touch(String sha256) {
		if (exists(sha256)) {
			touch(path(sha256));
		}
	}

	private static void touch(Path target) {
		try {
			Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
		}
		catch (IOException ex) {
			log.warn("Không cập nhật được thời điểm ghi {} / could not touch {}: {}", target, target, ex.toString());
		}
	}

	/** When the copy was last written; null when there is none. */
	Instant writtenAt(String sha256) {
		try {
			return Files.getLastModifiedTime(path(sha256)).toInstant();
		}
		catch (IOException ex) {
			return null;
		}
	}

	/**
	 * The names of the sub-directories ({@code ab}, then {@code cd}) or objects in a
	 * directory of this tree, in name order; empty when it is missing.
	 */
	List<String> names(Path relative, Pattern pattern) throws IOException {
		Path dir = this.root.resolve(relative);
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(dir)) {
			return entries.map((p) -> p.getFileName().toString())
				.filter((name) -> pattern.matcher(name).matches())
				.sorted()
				.toList();
		}
	}

	boolean delete(String sha256) throws IOException {
		return Files.deleteIfExists(path(sha256));
	}

	@Override
	public String toString() {
		return this.root.toString();
	}

	static String hash(InputStream in) throws IOException {
		DigestInputStream digesting = new DigestInputStream(in, sha256());
		digesting.transferTo(java.io.OutputStream.nullOutputStream());
		return HexFormat.of().formatHex(digesting.getMessageDigest().digest());
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Không xóa được {} / could not delete {}: {}", file, file, ex.getMessage());
		}
	}

}
