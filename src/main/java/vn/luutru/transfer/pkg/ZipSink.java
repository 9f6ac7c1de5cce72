package vn.luutru.transfer.pkg;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The zip being written: every entry's SHA-256 and size are computed from the bytes as
 * they go in, and so are the zip's own. Content is copied through a fixed buffer.
 */
final class ZipSink {

	private final Counter counter;

	private final MessageDigest zipDigest = Sha256.digest();

	private final ZipOutputStream zip;

	private final LocalDateTime entryTime;

	private final List<PackageManifest.Entry> entries = new ArrayList<>();

	/** Bytes of the zip before its central directory, once finished. */
	private long entriesSize = -1;

	/**
	 * @param entryTime the time stamped on every entry, so that the same request gives
	 * the same zip
	 */
	ZipSink(OutputStream out, LocalDateTime entryTime) {
		this.counter = new Counter(out);
		this.zip = new ZipOutputStream(new DigestOutputStream(this.counter, this.zipDigest));
		this.entryTime = entryTime;
	}

	void folder(String path) throws IOException {
		this.zip.putNextEntry(entry(path));
		this.zip.closeEntry();
	}

	Stored put(String path, byte[] bytes) throws IOException {
		this.zip.putNextEntry(entry(path));
		this.zip.write(bytes);
		this.zip.closeEntry();
		return stored(path, Sha256.of(bytes), bytes.length);
	}

	/** Copies the stream into the entry; the caller closes the stream. */
	Stored copy(String path, InputStream in) throws IOException {
		MessageDigest digest = Sha256.digest();
		byte[] buffer = new byte[Sha256.BUFFER];
		long size = 0;
		this.zip.putNextEntry(entry(path));
		for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
			digest.update(buffer, 0, n);
			this.zip.write(buffer, 0, n);
			size += n;
		}
		this.zip.closeEntry();
		return stored(path, Sha256.hex(digest.digest()), size);
	}

	/** Ends the zip; the caller's stream stays open. */
	void finish() throws IOException {
		// Every entry is out (ZipOutputStream writes through, unbuffered): what follows
		// is
		// the central directory.
		this.entriesSize = this.counter.count;
		this.zip.finish();
		this.zip.flush();
	}

	List<PackageManifest.Entry> entries() {
		return this.entries;
	}

	/** Bytes before the central directory; -1 until finished. */
	long entriesSize() {
		return this.entriesSize;
	}

	long size() {
		return this.counter.count;
	}

	String sha256() {
		return Sha256.hex(this.zipDigest.digest());
	}

	private ZipEntry entry(String path) {
		ZipEntry entry = new ZipEntry(path);
		entry.setTimeLocal(this.entryTime);
		return entry;
	}

	private Stored stored(String path, String sha256, long size) {
		this.entries.add(new PackageManifest.Entry(path, sha256, size));
		return new Stored(path, sha256, size);
	}

	/**
	 * A file written into the zip.
	 *
	 * @param path its path in the zip
	 * @param sha256 lower-case hex
	 */
	record Stored(String path, String sha256, long size) {

	}

	private static final class Counter extends FilterOutputStream {

		private long count;

		Counter(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			this.out.write(b);
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			this.out.write(b, off, len);
			this.count += len;
		}

	}

}
