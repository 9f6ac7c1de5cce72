package vn.luutru.transfer.pkg;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Joins zips written by {@link TransferPackageWriter#writePart} into one: the entries of
 * each part are copied byte for byte (no second compression), one after the other, and a
 * central directory listing them all, each at its new offset, ends the zip. The entries
 * carry no offsets (sizes and CRC are in their data descriptors), so only the directory
 * changes. Offsets, sizes and counts past the classic limits are written in ZIP64 form,
 * as the JDK's own writer does, so a joined package may exceed 4 GB and 65,535 entries.
 */
public final class ZipJoin {

	private static final int CENTRAL_HEADER = 0x02014b50;

	private static final int CENTRAL_FIXED = 46;

	private static final long U32_MAX = 0xFFFFFFFFL;

	private static final int U16_MAX = 0xFFFF;

	private static final int ZIP64_EXTRA = 0x0001;

	private static final int ZIP64_VERSION = 45;

	private final boolean alwaysZip64;

	/** Added to every offset the parts' directory records carry. */
	private final long shift;

	private ZipJoin(boolean alwaysZip64, long shift) {
		this.alwaysZip64 = alwaysZip64;
		this.shift = shift;
	}

	/**
	 * One part to join.
	 *
	 * @param entriesSize bytes of the part before its central directory
	 * @param source its bytes, a whole zip
	 */
	public record Part(long entriesSize, ContentSource source) {

	}

	/** Writes the joined zip to {@code out}, which stays open; returns its size. */
	public static long join(List<Part> parts, OutputStream out) throws IOException {
		return new ZipJoin(false, 0).write(parts, out);
	}

	/**
	 * Writes one part whose directory records still carry the offsets they have in a
	 * joined zip, where the part's entries start at {@code entriesOffset}: the part cut
	 * out of the joined zip again (see {@link PackageSlice}).
	 */
	static long cut(Part part, long entriesOffset, OutputStream out) throws IOException {
		return new ZipJoin(false, -entriesOffset).write(List.of(part), out);
	}

	/**
	 * As {@link #join}, with every directory record in ZIP64 form (tests of that form).
	 */
	static long joinAsZip64(List<Part> parts, OutputStream out) throws IOException {
		return new ZipJoin(true, 0).write(parts, out);
	}

	private long write(List<Part> parts, OutputStream out) throws IOException {
		ByteArrayOutputStream directory = new ByteArrayOutputStream();
		long offset = 0;
		long entries = 0;
		for (Part part : parts) {
			try (InputStream in = part.source().open()) {
				copy(in, out, part.entriesSize());
				byte[] tail = in.readAllBytes();
				entries += rebase(tail, offset + this.shift, directory);
			}
			offset += part.entriesSize();
		}
		long directoryOffset = offset;
		long directorySize = directory.size();
		directory.writeTo(out);
		long end = directoryOffset + directorySize;
		boolean zip64 = this.alwaysZip64 || entries >= U16_MAX || directoryOffset >= U32_MAX
				|| directorySize >= U32_MAX;
		ByteBuffer trailer = le(56 + 20 + 22);
		if (zip64) {
			trailer.putInt(0x06064b50).putLong(44).putShort((short) ZIP64_VERSION).putShort((short) ZIP64_VERSION);
			trailer.putInt(0).putInt(0).putLong(entries).putLong(entries).putLong(directorySize);
			trailer.putLong(directoryOffset);
			trailer.putInt(0x07064b50).putInt(0).putLong(end).putInt(1);
		}
		trailer.putInt(0x06054b50).putShort((short) 0).putShort((short) 0);
		trailer.putShort((short) Math.min(entries, U16_MAX)).putShort((short) Math.min(entries, U16_MAX));
		trailer.putInt((int) Math.min(directorySize, U32_MAX)).putInt((int) Math.min(directoryOffset, U32_MAX));
		trailer.putShort((short) 0);
		out.write(trailer.array(), 0, trailer.position());
		return end + trailer.position();
	}

	/**
	 * Appends the part's directory records to {@code directory}, each moved by
	 * {@code base}; returns how many there were.
	 */
	private int rebase(byte[] tail, long base, ByteArrayOutputStream directory) throws IOException {
		ByteBuffer in = ByteBuffer.wrap(tail).order(ByteOrder.LITTLE_ENDIAN);
		int count = 0;
		int at = 0;
		while (at + CENTRAL_FIXED <= tail.length && in.getInt(at) == CENTRAL_HEADER) {
			int nameLength = u16(in, at + 28);
			int extraLength = u16(in, at + 30);
			int commentLength = u16(in, at + 32);
			long compressed = u32(in, at + 20);
			long size = u32(in, at + 24);
			long offset = u32(in, at + 42);
			int extraStart = at + CENTRAL_FIXED + nameLength;
			ByteArrayOutputStream otherExtra = new ByteArrayOutputStream();
			for (int e = extraStart; e + 4 <= extraStart + extraLength;) {
				int id = u16(in, e);
				int length = u16(in, e + 2);
				if (id == ZIP64_EXTRA) {
					int field = e + 4;
					if (size == U32_MAX) {
						size = in.getLong(field);
						field += 8;
					}
					if (compressed == U32_MAX) {
						compressed = in.getLong(field);
						field += 8;
					}
					if (offset == U32_MAX) {
						offset = in.getLong(field);
					}
				}
				else {
					otherExtra.write(tail, e, 4 + length);
				}
				e += 4 + length;
			}
			offset += base;
			boolean bigSize = this.alwaysZip64 || size >= U32_MAX;
			boolean bigCompressed = this.alwaysZip64 || compressed >= U32_MAX;
			boolean bigOffset = this.alwaysZip64 || offset >= U32_MAX;
			ByteBuffer zip64 = le(4 + 24);
			if (bigSize || bigCompressed || bigOffset) {
				zip64.putShort((short) ZIP64_EXTRA).putShort((short) 0);
				if (bigSize) {
					zip64.putLong(size);
				}
				if (bigCompressed) {
					zip64.putLong(compressed);
				}
				if (bigOffset) {
					zip64.putLong(offset);
				}
				zip64.putShort(2, (short) (zip64.position() - 4));
			}
			ByteBuffer record = le(CENTRAL_FIXED);
			record.put(tail, at, CENTRAL_FIXED);
			if (zip64.position() > 0 && u16(record, 6) < ZIP64_VERSION) {
				record.putShort(6, (short) ZIP64_VERSION);
			}
			record.putInt(20, (int) (bigCompressed ? U32_MAX : compressed));
			record.putInt(24, (int) (bigSize ? U32_MAX : size));
			record.putShort(30, (short) (zip64.position() + otherExtra.size()));
			record.putInt(42, (int) (bigOffset ? U32_MAX : offset));
			directory.write(record.array());
			directory.write(tail, at + CENTRAL_FIXED, nameLength);
			directory.write(zip64.array(), 0, zip64.position());
			otherExtra.writeTo(directory);
			directory.write(tail, extraStart + extraLength, commentLength);
			at = extraStart + extraLength + commentLength;
			count++;
		}
		if (count == 0) {
			throw new IOException("a part of the package has no central directory where it was recorded");
		}
		return count;
	}

	private static void copy(InputStream in, OutputStream out, long length) throws IOException {
		byte[] buffer = new byte[Sha256.BUFFER];
		long left = length;
		while (left > 0) {
			int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
			if (n < 0) {
				throw new EOFException("a part of the package is shorter than recorded: " + (length - left) + " of "
						+ length + " bytes");
			}
			out.write(buffer, 0, n);
			left -= n;
		}
	}

	private static ByteBuffer le(int capacity) {
		return ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
	}

	private static int u16(ByteBuffer buffer, int at) {
		return Short.toUnsignedInt(buffer.getShort(at));
	}

	private static long u32(ByteBuffer buffer, int at) {
		return Integer.toUnsignedLong(buffer.getInt(at));
	}

}
