import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a small but well-formed PDF of an exact size: a one-page document with an Info
 * dictionary carrying a unique id, plus an unreferenced stream of pseudo-random padding.
 * The cross-reference table and startxref are exact, so PDF parsers read it without
 * falling back to a scan. Document {@code n} of a run is always the same bytes (the seed
 * is the run id and n), so the API run and the JDBC ceiling write identical documents,
 * and no two documents share a SHA-256.
 */
final class BenchPdf {

	private static final int CHUNK = 64 * 1024;

	private BenchPdf() {
	}

	/** Document {@code n} of run {@code runId}, {@code size} bytes long, in memory. */
	static byte[] bytes(long runId, long n, int size) {
		ByteSink sink = new ByteSink(size);
		try {
			write(sink, runId, n, size);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return sink.buf;
	}

	/** Streams the document to {@code out}; never holds more than one chunk. */
	static void write(OutputStream out, long runId, long n, long size) throws IOException {
		String id = String.format("%016x%016x", runId, n);
		String[] objects = { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>",
				null /* content stream */,
				"<< /Title (LuuTru capture bench " + id + ") /Producer (LuuTru bench) /Subject (Cong van so " + n
						+ ") >>" };
		String pageText = "BT ET\n";
		long padding = 0;
		Layout layout = null;
		// The padding length appears in the stream's /Length, so its digits change the
		// size: settle it in a few rounds.
		for (int i = 0; i < 5; i++) {
			layout = new Layout(objects, pageText, padding, id);
			long next = padding + (size - layout.total);
			if (next < 0) {
				throw new IllegalArgumentException("size too small for a PDF: " + size);
			}
			if (next == padding) {
				break;
			}
			padding = next;
		}
		if (layout.total != size) {
			throw new IllegalStateException("could not size the PDF to " + size);
		}
		out.write(layout.head);
		SplittableRandom random = new SplittableRandom(runId * 1_000_003L + n);
		byte[] chunk = new byte[CHUNK];
		for (long left = padding; left > 0;) {
			int len = (int) Math.min(CHUNK, left);
			for (int i = 0; i < len; i += 8) {
				long r = random.nextLong();
				for (int b = 0; b < 8 && i + b < len; b++) {
					chunk[i + b] = (byte) (r >>> (8 * b));
				}
			}
			out.write(chunk, 0, len);
			left -= len;
		}
		out.write(layout.tail);
	}

	/** Everything but the padding bytes, with offsets worked out for a given padding. */
	private static final class Layout {

		final byte[] head;

		final byte[] tail;

		final long total;

		Layout(String[] objects, String pageText, long padding, String id) {
			StringBuilder h = new StringBuilder("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
			List<Long> offsets = new ArrayList<>();
			for (int i = 0; i < objects.length; i++) {
				offsets.add((long) latin1(h).length);
				h.append(i + 1).append(" 0 obj\n");
				if (objects[i] == null) {
					h.append("<< /Length ").append(pageText.length()).append(" >>\nstream\n").append(pageText);
					h.append("\nendstream");
				}
				else {
					h.append(objects[i]);
				}
				h.append("\nendobj\n");
			}
			offsets.add((long) latin1(h).length);
			h.append(objects.length + 1).append(" 0 obj\n<< /Length ").append(padding).append(" >>\nstream\n");
			this.head = latin1(h);
			StringBuilder t = new StringBuilder("\nendstream\nendobj\n");
			long xref = this.head.length + padding + t.length();
			int count = objects.length + 2;
			t.append("xref\n0 ").append(count).append("\n0000000000 65535 f \n");
			for (long off : offsets) {
				t.append(String.format("%010d 00000 n \n", off));
			}
			t.append("trailer\n<< /Size ").append(count).append(" /Root 1 0 R /Info 5 0 R /ID [<").append(id);
			t.append("> <").append(id).append(">] >>\nstartxref\n").append(xref).append("\n%%EOF\n");
			this.tail = latin1(t);
			this.total = this.head.length + padding + this.tail.length;
		}

		private static byte[] latin1(CharSequence s) {
			return s.toString().getBytes(StandardCharsets.ISO_8859_1);
		}

	}

	/** A fixed-size in-memory sink, so the document is built without copies. */
	private static final class ByteSink extends OutputStream {

		final byte[] buf;

		int pos;

		ByteSink(int size) {
			this.buf = new byte[size];
		}

		@Override
		public void write(int b) {
			this.buf[this.pos++] = (byte) b;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			System.arraycopy(b, off, this.buf, this.pos, len);
			this.pos += len;
		}

	}

}
