package vn.luutru.content;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Bounded reads and byte searches shared by the content checks. */
final class ByteScan {

	private ByteScan() {
	}

	/** Reads exactly {@code length} bytes at {@code position}. */
	static byte[] read(FileChannel channel, long position, int length) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(length);
		while (buffer.hasRemaining()) {
			if (channel.read(buffer, position + buffer.position()) < 0) {
				throw new EOFException("file shrank while being inspected");
			}
		}
		return buffer.array();
	}

	/** The last {@code max} bytes of the file (all of it when shorter). */
	static byte[] tail(FileChannel channel, long size, int max) throws IOException {
		int length = (int) Math.min(size, max);
		return read(channel, size - length, length);
	}

	static int indexOf(byte[] data, int from, int to, byte[] needle) {
		int last = to - needle.length;
		outer: for (int i = Math.max(from, 0); i <= last; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (data[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	static boolean contains(byte[] data, byte[] needle) {
		return indexOf(data, 0, data.length, needle) >= 0;
	}

	static boolean startsWith(byte[] data, int offset, String ascii) {
		if (data.length < offset + ascii.length()) {
			return false;
		}
		for (int i = 0; i < ascii.length(); i++) {
			if (data[offset + i] != (byte) ascii.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	static byte[] bytes(int... values) {
		byte[] result = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			result[i] = (byte) values[i];
		}
		return result;
	}

}
