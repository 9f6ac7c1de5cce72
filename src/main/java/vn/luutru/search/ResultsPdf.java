package vn.luutru.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import vn.luutru.forms.ReportTitle;

/**
 * Search results as an A4 PDF: a title, one line per file, and on every page the line of
 * who printed it and when and the page number. LiberationSans, which PDFBox ships, covers
 * Vietnamese; the font is embedded as a subset.
 */
final class ResultsPdf {

	private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private static final float MARGIN = 50;

	private static final float LINE = 14;

	private static final float SIZE = 9;

	private ResultsPdf() {
	}

	static byte[] write(ReportTitle title, List<String> headings, List<String> lines) throws IOException {
		try (PDDocument pdf = new PDDocument(); InputStream ttf = ResultsPdf.class.getResourceAsStream(FONT)) {
			PDFont font = PDType0Font.load(pdf, ttf);
			PDRectangle a4 = PDRectangle.A4;
			float width = a4.getWidth() - 2 * MARGIN;
			List<String> all = new ArrayList<>(headings);
			for (String line : lines) {
				all.addAll(wrap(font, line, width));
			}
			int perPage = (int) ((a4.getHeight() - 2 * MARGIN - 2 * LINE) / LINE);
			int pages = Math.max(1, (all.size() + perPage - 1) / perPage);
			for (int p = 0; p < pages; p++) {
				PDPage page = new PDPage(a4);
				pdf.addPage(page);
				try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
					float y = a4.getHeight() - MARGIN;
					if (p == 0) {
						text(out, font, 12, MARGIN, y, title.title());
						y -= LINE * 1.5f;
					}
					for (String line : all.subList(p * perPage, Math.min(all.size(), (p + 1) * perPage))) {
						text(out, font, SIZE, MARGIN, y, line);
						y -= LINE;
					}
					text(out, font, 8, MARGIN, MARGIN / 2, title.printedLine() + " · Trang " + (p + 1) + "/" + pages);
				}
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			pdf.save(bytes);
			return bytes.toByteArray();
		}
	}

	private static void text(PDPageContentStream out, PDFont font, float size, float x, float y, String text)
			throws IOException {
		out.beginText();
		out.setFont(font, size);
		out.newLineAtOffset(x, y);
		out.showText(printable(font, text));
		out.endText();
	}

	/** Words that do not fit the width go to the next line. */
	private static List<String> wrap(PDFont font, String text, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : printable(font, text).split(" ")) {
			String next = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && font.getStringWidth(next) / 1000 * SIZE > width) {
				lines.add(line.toString());
				line = new StringBuilder("    " + word);
			}
			else {
				line = new StringBuilder(next);
			}
		}
		lines.add(line.toString());
		return lines;
	}

	/**
	 * NFC, with characters the font lacks (and controls) as '?', so no title breaks a
	 * page.
	 */
	private static String printable(PDFont font, String text) {
		String nfc = java.text.Normalizer.normalize((text != null) ? text : "", java.text.Normalizer.Form.NFC);
		StringBuilder out = new StringBuilder();
		nfc.codePoints().forEach((c) -> {
			String s = new String(Character.toChars(c));
			try {
				font.encode(s);
				out.append(Character.isISOControl(c) ? " " : s);
			}
			catch (IOException | IllegalArgumentException ex) {
				out.append('?');
			}
		});
		return out.toString();
	}

}
