package vn.luutru.transfer.pkg;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * One record file's package cut out of its batch's zip as a zip of its own: the package's
 * entries, copied byte for byte from where {@link ZipJoin} put them, and its directory
 * records moved back to offsets from zero. The result is the part that was joined, byte
 * for byte, so its SHA-256 is the one recorded when the part was written. The batch's zip
 * is read twice, skipping (not reading) the other packages: once for its directory, once
 * for the package's entries.
 */
public final class PackageSlice {

	private static final int CENTRAL_HEADER = 0x02014b50;

	private static final int CENTRAL_FIXED = 46;

	private PackageSlice() {
	}

	/**
	 * Where one package lies in its batch's zip.
	 *
	 * @param objectId the package's root folder
	 * @param entriesOffset where its first entry starts
	 * @param entriesSize the bytes its entries take
	 * @param directoryOffset where the batch zip's central directory starts (the sum of
	 * every package's entries)
	 */
	public record Place(String objectId, long entriesOffset, long entriesSize, long directoryOffset) {

	}

	/**
	 * Writes the package as a zip to {@code out}, which stays open; returns its size.
	 * @throws IOException also when the batch's zip holds no entry of the package there
	 */
	public static long write(ContentSource batchZip, Place place, OutputStream out) throws IOException {
		byte[] records = directoryRecords(batchZip, place);
		ContentSource part = () -> {
			InputStream in = batchZip.open();
			in.skipNBytes(place.entriesOffset());
			return new SequenceInputStream(new Bounded(in, place.entriesSize()), new ByteArrayInputStream(records));
		};
		return ZipJoin.cut(new ZipJoin.Part(place.entriesSize(), part), place.entriesOffset(), out);
	}

	/** The batch zip's directory records of the package's entries, as they are. */
	private static byte[] directoryRecords(ContentSource batchZip, Place place) throws IOException {
		byte[] directory;
		try (InputStream in = batchZip.open()) {
			in.skipNBytes(place.directoryOffset());
			directory = in.readAllBytes();
		}
		byte[] prefix = (place.objectId() + "/").getBytes(StandardCharsets.UTF_8);
		ByteBuffer buffer = ByteBuffer.wrap(directory).order(ByteOrder.LITTLE_ENDIAN);
		ByteArrayOutputStream records = new ByteArrayOutputStream();
		int at = 0;
		while (at + CENTRAL_FIXED <= directory.length && buffer.getInt(at) == CENTRAL_HEADER) {
			int nameLength = Short.toUnsignedInt(buffer.getShort(at + 28));
			int length = CENTRAL_FIXED + nameLength + Short.toUnsignedInt(buffer.getShort(at + 30))
					+ Short.toUnsignedInt(buffer.getShort(at + 32));
			if (nameLength >= prefix.length && java.util.Arrays.equals(directory, at + CENTRAL_FIXED,
					at + CENTRAL_FIXED + prefix.length, prefix, 0, prefix.length)) {
				records.write(directory, at, length);
			}
			at += length;
		}
		if (records.size() == 0) {
			throw new IOException("the batch's zip holds no entry of package " + place.objectId());
		}
		return records.toByteArray();
	}

	/** The first {@code limit} bytes of a stream; closing it closes the stream. */
	private static final class Bounded extends java.io.FilterInputStream {

		private long left;

		Bounded(InputStream in, long limit) {
			super(in);
			this.left = limit;
		}

		@Override
		public int read() throws IOException {
			if (this.left <= 0) {
				return -1;
			}
			int b = this.in.read();
			if (b >= 0) {
				this.left--;
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (this.left <= 0) {
				return -1;
			}
			int n = this.in.read(b, off, (int) Math.min(len, this.left));
			if (n > 0) {
				this.left -= n;
			}
			return n;
		}

	}

}
