package vn.luutru.content;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * Checks that a file still has its end, reading only the tail: an upload cut short by a
 * dropped connection or a full disk is caught before it becomes a record.
 */
final class ContentEnds {

	/** Acrobat looks for %%EOF in the last 1024 bytes; allow some trailing padding. */
	private static final int PDF_TAIL = 2048;

	/** End of central directory: 22 bytes plus a comment of at most 65535 bytes. */
	private static final int ZIP_TAIL = 22 + 65535;

	private static final int IMAGE_TAIL = 1024;

	private static final byte[] PDF_EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ZIP_EOCD = ByteScan.bytes(0x50, 0x4b, 0x05, 0x06);

	private static final byte[] PNG_IEND = ByteScan.bytes('I', 'E', 'N', 'D', 0xae, 0x42, 0x60, 0x82);

	private ContentEnds() {
	}

	enum Kind {

		PDF, ZIP, JPEG, PNG, OTHER

	}

	static boolean truncated(Kind kind, FileChannel channel, long size) throws IOException {
		return switch (kind) {
			case PDF -> !ByteScan.contains(ByteScan.tail(channel, size, PDF_TAIL), PDF_EOF);
			case ZIP -> !hasEndOfCentralDirectory(ByteScan.tail(channel, size, ZIP_TAIL));
			case JPEG -> !endsWithEndOfImage(ByteScan.tail(channel, size, IMAGE_TAIL));
			case PNG -> !ByteScan.contains(ByteScan.tail(channel, size, IMAGE_TAIL), PNG_IEND);
			case OTHER -> false;
		};
	}

	private static boolean hasEndOfCentralDirectory(byte[] tail) {
		// The record is 22 bytes; a signature closer to the end is a chance match in
		// data.
		for (int i = tail.length - 22; i >= 0; i--) {
			if (tail[i] == ZIP_EOCD[0] && ByteScan.indexOf(tail, i, i + 4, ZIP_EOCD) == i) {
				return true;
			}
		}
		return false;
	}

	private static boolean endsWithEndOfImage(byte[] tail) {
		int end = tail.length;
		// Some writers pad to an even or block length with zeros after EOI.
		while (end > 0 && tail[end - 1] == 0) {
			end--;
		}
		return end >= 2 && tail[end - 2] == (byte) 0xff && tail[end - 1] == (byte) 0xd9;
	}

}
