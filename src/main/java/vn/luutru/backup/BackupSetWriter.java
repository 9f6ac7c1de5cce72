package vn.luutru.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import vn.luutru.audit.AuditSignatures;

/**
 * Writes one set into {@code <target>/<name>.partial}, then moves it to its name once its
 * manifest is written and every file forced to disk: a set cut short (a failure, a killed
 * node) never has its final name, and a restore refuses a directory without a manifest.
 */
final class BackupSetWriter {

	static final String PARTIAL = ".partial";

	final Path partial;

	final Path finalDir;

	private final List<BackupManifest.ManifestFile> files = new ArrayList<>();

	private long bytes;

	BackupSetWriter(Path target, String setName) throws IOException {
		Files.createDirectories(target);
		this.finalDir = target.resolve(setName);
		this.partial = target.resolve(setName + PARTIAL);
		if (Files.exists(this.finalDir)) {
			throw new IOException("the set " + this.finalDir + " exists already");
		}
		deleteTree(this.partial);
		Files.createDirectories(this.partial);
	}

	/** Bytes written to the set so far. */
	long bytes() {
		return this.bytes;
	}

	/** A file of the set written by the writer, hashed on the way and listed. */
	void write(String path, FileWriter writer) throws IOException {
		Path file = this.partial.resolve(path);
		Files.createDirectories(file.getParent());
		DigestOutputStream digest;
		try (OutputStream out = new BufferedOutputStream(
				digest = new DigestOutputStream(Files.newOutputStream(file), BackupManifest.sha256()), 64 * 1024)) {
			writer.write(out);
		}
		force(file);
		long size = Files.size(file);
		this.bytes += size;
		this.files.add(new BackupManifest.ManifestFile(path,
				HexFormat.of().formatHex(digest.getMessageDigest().digest()), size));
	}

	/**
	 * Copies a stored object into the set, checking on the way that its bytes still hash
	 * to its name; fails when they do not.
	 */
	void copyObject(String sha256, InputStream content) throws IOException {
		String path = BackupManifest.objectPath(sha256);
		Path file = this.partial.resolve(path);
		Files.createDirectories(file.getParent());
		long size;
		String actual;
		try (DigestInputStream in = new DigestInputStream(content, BackupManifest.sha256())) {
			size = Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			actual = HexFormat.of().formatHex(in.getMessageDigest().digest());
		}
		if (!actual.equals(sha256)) {
			throw new IOException("the object " + sha256 + " reads as " + actual + ": no good copy in the store");
		}
		force(file);
		this.bytes += size;
		this.files.add(new BackupManifest.ManifestFile(path, sha256, size));
	}

	/**
	 * Writes the manifest and its signature (the audit key's HMAC), forces them, and
	 * gives the set its final name.
	 */
	void finish(BackupManifestDraft draft, AuditSignatures signatures) throws IOException {
		BackupManifest manifest = draft.with(List.copyOf(this.files));
		Path file = this.partial.resolve(BackupManifest.NAME);
		try (OutputStream out = Files.newOutputStream(file)) {
			manifest.write(out);
		}
		force(file);
		Path signature = BackupManifest.sign(this.partial, signatures);
		force(signature);
		this.bytes += Files.size(file) + Files.size(signature);
		Files.move(this.partial, this.finalDir, StandardCopyOption.ATOMIC_MOVE);
		force(this.finalDir.getParent());
	}

	static void writeLines(OutputStream out, Iterable<String> lines) throws IOException {
		for (String line : lines) {
			out.write(line.getBytes(StandardCharsets.US_ASCII));
			out.write('\n');
		}
	}

	private static void force(Path path) throws IOException {
		if (Files.isDirectory(path)) {
			try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
				ch.force(true);
			}
			catch (IOException ex) {
				// Some file systems cannot force a directory; the files themselves are
				// forced.
			}
			return;
		}
		try (FileChannel ch = FileChannel.open(path, StandardOpenOption.WRITE)) {
			ch.force(true);
		}
	}

	static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
				Files.deleteIfExists(p);
			}
		}
	}

	/** Writes the content of one file of the set. */
	interface FileWriter {

		void write(OutputStream out) throws IOException;

	}

	/** The manifest's fields known before the files are all written. */
	record BackupManifestDraft(String setName, BackupKind kind, String baseSetName, String createdAt,
			String schemaVersion, java.util.Map<String, Long> tableRows) {

		BackupManifest with(List<BackupManifest.ManifestFile> files) {
			return new BackupManifest(BackupManifest.FORMAT, this.setName, this.kind, this.baseSetName, this.createdAt,
					this.schemaVersion, this.tableRows, files);
		}

	}

}
