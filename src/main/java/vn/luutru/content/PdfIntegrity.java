package vn.luutru.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Checks that a PDF reads whole, not just that it ends with %%EOF: a file cut inside an
 * incremental update (or a linearized file's second part) still ends near an earlier
 * end-of-file marker, and readers then show an older revision or fail on later pages.
 * <p>
 * Two checks: nothing but white space may follow the last %%EOF (a cut update leaves
 * objects there), and the file must parse strictly, every page's content streams decoding
 * to the end. Reads from the staged file through a buffered window, with decoded streams
 * cached in temporary files, so memory stays bounded for large PDFs.
 */
final class PdfIntegrity {

	private static final int TAIL = 2048;

	private static final byte[] EOF = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	private PdfIntegrity() {
	}

	/** Null when the PDF reads whole, otherwise the problem's message code. */
	static String problem(Path file, FileChannel channel, long size) throws IOException {
		if (dataAfterLastEof(ByteScan.tail(channel, size, TAIL))) {
			return TikaContentInspector.TRUNCATED;
		}
		try (RandomAccessReadBufferedFile source = new RandomAccessReadBufferedFile(file.toFile());
				PDDocument document = new PDFParser(source, "", null, null, IOUtils.createTempFileOnlyStreamCache())
					.parse(false)) {
			for (PDPage page : document.getPages()) {
				try (InputStream contents = page.getContents()) {
					contents.transferTo(OutputStream.nullOutputStream());
				}
			}
			return null;
		}
		catch (InvalidPasswordException ex) {
			// Protected by an open password: its structure cannot be read, and refusing
			// it is a matter of policy, not of damage.
			return null;
		}
		catch (IOException | RuntimeException ex) {
			// PDFBox reports a damaged structure with IOExceptions and assorted runtime
			// exceptions alike.
			return TikaContentInspector.CORRUPT;
		}
	}

	/** Whether anything but white space or NUL padding follows the last %%EOF. */
	static boolean dataAfterLastEof(byte[] tail) {
		int last = -1;
		for (int i = ByteScan.indexOf(tail, 0, tail.length, EOF); i >= 0; i = ByteScan.indexOf(tail, i + 1, tail.length,
				EOF)) {
			last = i;
		}
		if (last < 0) {
			return false;
		}
		for (int i = last + EOF.length; i < tail.length; i++) {
			byte b = tail[i];
			if (b != ' ' && b != '\r' && b != '\n' && b != '\t' && b != '\f' && b != 0) {
				return true;
			}
		}
		return false;
	}

}
