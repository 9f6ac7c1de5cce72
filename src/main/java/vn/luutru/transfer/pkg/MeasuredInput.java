package vn.luutru.transfer.pkg;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/**
 * Reads one zip entry while computing its SHA-256 and size; closing it leaves the zip
 * open and reads the entry to its end, so the digest covers every byte whatever the
 * reader left.
 */
final class MeasuredInput extends FilterInputStream {

	private final MessageDigest digest = Sha256.digest();

	private long size;

	MeasuredInput(InputStream in) {
		super(in);
	}

	@Override
	public int read() throws IOException {
		int b = this.in.read();
		if (b >= 0) {
			this.digest.update((byte) b);
			this.size++;
		}
		return b;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		int n = this.in.read(b, off, len);
		if (n > 0) {
			this.digest.update(b, off, n);
			this.size += n;
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		byte[] buffer = new byte[(int) Math.min(n, Sha256.BUFFER)];
		long skipped = 0;
		while (skipped < n) {
			int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
			if (read < 0) {
				break;
			}
			skipped += read;
		}
		return skipped;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	@Override
	public void close() throws IOException {
		byte[] buffer = new byte[Sha256.BUFFER];
		while (read(buffer, 0, buffer.length) >= 0) {
			// drain to the end of the entry
		}
	}

	String sha256() {
		return Sha256.hex(this.digest.digest());
	}

	long size() {
		return this.size;
	}

}
