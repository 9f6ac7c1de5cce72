package vn.luutru.forms;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * A stored document handed out for printing, marked with who printed it and when
 * ({@link PrintMark}) in its footer only: batch lists and minutes are kept as they were
 * signed (their SHA-256 does not change); each download is a copy with the mark.
 */
public final class PrintedCopy {

	private PrintedCopy() {
	}

	/** The .docx with the line added to the foot of every page. */
	public static InputStream docx(InputStream stored, String line) throws IOException {
		try (stored; XWPFDocument doc = new XWPFDocument(stored)) {
			List<XWPFFooter> footers = doc.getFooterList();
			if (footers.isEmpty()) {
				footers = List.of(doc.createFooter(HeaderFooterType.DEFAULT));
			}
			for (XWPFFooter footer : footers) {
				XWPFParagraph paragraph = footer.createParagraph();
				XWPFRun run = paragraph.createRun();
				run.setText(line);
				run.setItalic(true);
				run.setFontSize(9);
			}
			return bytes(doc::write);
		}
	}

	/** The .xlsx with the line at the left of every sheet's printed footer. */
	public static InputStream xlsx(InputStream stored, String line) throws IOException {
		try (stored; XSSFWorkbook workbook = new XSSFWorkbook(stored)) {
			for (Sheet sheet : workbook) {
				sheet.getFooter().setLeft(excelFooter(line));
			}
			return bytes(workbook::write);
		}
	}

	/** The same for a workbook written in memory. */
	public static byte[] xlsx(byte[] workbook, String line) {
		try (InputStream marked = xlsx(new ByteArrayInputStream(workbook), line)) {
			return marked.readAllBytes();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** The line as an Excel footer section: small italics, '&' escaped. */
	static String excelFooter(String line) {
		return "&\"Times New Roman,Italic\"&8" + line.replace("&", "&&");
	}

	private interface Writer {

		void write(java.io.OutputStream out) throws IOException;

	}

	private static InputStream bytes(Writer writer) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		writer.write(out);
		return new ByteArrayInputStream(out.toByteArray());
	}

}
