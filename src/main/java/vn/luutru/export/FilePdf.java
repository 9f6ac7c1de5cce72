package vn.luutru.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import vn.luutru.document.Document;

/**
 * The whole file as one PDF: a cover page with the file's metadata under the labels of
 * Circular 05/2025 and the list of its documents, then each document in chronological
 * order: PDFs page by page, images as pages, and for content that cannot be shown (other
 * formats, erased content) a page that says so with its name, format, size and SHA-256.
 * Every page carries who printed it and when. A reader's copy is made of page images
 * marked "BẢN SAO" with his name, as the reading room shows them: he never receives a
 * document's PDF itself. Sources and the result are cached in temporary files (PDFBox
 * temp-file mode), so a file of any size is written in a bounded heap.
 */
final class FilePdf {

	private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private static final float MARGIN = 50;

	private static final float SIZE = 10;

	private static final float LINE = 14;

	private static final Map<String, String> IMAGES = Map.of("image/jpeg", ".jpg", "image/png", ".png", "image/tiff",
			".tif", "image/gif", ".gif", "image/bmp", ".bmp");

	/** Opens stored content by its SHA-256. */
	interface Contents {

		InputStream open(String sha256) throws IOException;

	}

	private final ExportedFile export;

	private final Contents contents;

	private final Path work;

	private final StreamCacheCreateFunction cache = MemoryUsageSetting.setupTempFileOnly().streamCache;

	private PDDocument pdf;

	private PDFont font;

	private FilePdf(ExportedFile export, Contents contents, Path work) {
		this.export = export;
		this.contents = contents;
		this.work = work;
	}

	/** Writes the export to {@code out}; {@code work} is an empty folder for sources. */
	static void write(ExportedFile export, Contents contents, Path work, OutputStream out) throws IOException {
		new FilePdf(export, contents, work).write(out);
	}

	private void write(OutputStream out) throws IOException {
		List<PDDocument> sources = new ArrayList<>();
		try (PDDocument target = new PDDocument(this.cache);
				InputStream ttf = FilePdf.class.getResourceAsStream(FONT)) {
			this.pdf = target;
			this.font = PDType0Font.load(target, ttf);
			cover();
			int n = 0;
			for (Document d : this.export.documents()) {
				n++;
				document(n, d, sources);
			}
			mark();
			target.save(out);
		}
		finally {
			for (PDDocument source : sources) {
				source.close();
			}
		}
	}

	private void cover() throws IOException {
		Flow flow = new Flow();
		flow.line("HỒ SƠ / RECORD FILE", 16);
		flow.wrapped(this.export.file().title(), 13);
		flow.gap();
		Map<String, String> values = ExportFields.ofFile(this.export.file());
		for (String field : ExportFields.FILE_FIELDS) {
			String value = ExportFields.readable(this.export.file(), field, values.get(field));
			flow.wrapped(ExportFields.label(field) + ": " + value, SIZE);
		}
		flow.gap();
		flow.line("MỤC LỤC VĂN BẢN TRONG HỒ SƠ / DOCUMENTS (theo thời gian / in chronological order)", 11);
		if (this.export.documents().isEmpty()) {
			flow.wrapped("Hồ sơ chưa có văn bản / The file holds no document.", SIZE);
		}
		int n = 0;
		for (Document d : this.export.documents()) {
			n++;
			flow.wrapped(n + ". " + summary(d) + " — " + state(d), SIZE);
		}
		flow.end();
	}

	private static String summary(Document d) {
		String day = ExportFields.day(d.issuedDate());
		String number = (d.codeNumber() != null ? d.codeNumber() : "")
				+ (d.codeNotation() != null ? "/" + d.codeNotation() : "");
		return ((day != null) ? day : "không ngày") + (number.isEmpty() ? "" : " · Số " + number) + " · "
				+ (d.subject() != null ? d.subject() : "") + " · " + d.docCode();
	}

	private static String state(Document d) {
		if (d.contentErasedAt() != null) {
			return "nội dung đã hủy / content erased";
		}
		if ("application/pdf".equals(d.mediaType()) || IMAGES.containsKey(d.mediaType())) {
			return d.mediaType();
		}
		return d.mediaType() + ", không hiển thị được / cannot be rendered";
	}

	private void document(int n, Document d, List<PDDocument> sources) throws IOException {
		if (d.contentErasedAt() != null) {
			notice(n, d,
					List.of("Nội dung văn bản đã bị hủy theo quyết định hủy tài liệu; dữ liệu đặc tả được giữ lại.",
							"The content was erased by a destruction decision; its metadata is kept.",
							"Đã hủy lúc / Erased at: " + d.contentErasedAt()));
			return;
		}
		String why;
		try {
			if ("application/pdf".equals(d.mediaType())) {
				pdfPages(d, sources);
				return;
			}
			if (IMAGES.containsKey(d.mediaType())) {
				imagePage(d);
				return;
			}
			why = "Định dạng này không hiển thị được dưới dạng trang PDF / This format cannot be rendered as PDF pages.";
		}
		catch (IOException | RuntimeException ex) {
			why = "Nội dung không đọc được để hiển thị / The content could not be read for rendering: "
					+ ex.getClass().getSimpleName();
		}
		notice(n, d, List.of(why));
	}

	private Path copy(Document d, String suffix) throws IOException {
		Path file = Files.createTempFile(this.work, "doc-", suffix);
		try (InputStream in = this.contents.open(d.contentSha256())) {
			Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		return file;
	}

	private void pdfPages(Document d, List<PDDocument> sources) throws IOException {
		PDDocument source = Loader.loadPDF(copy(d, ".pdf").toFile(), this.cache);
		sources.add(source);
		for (PDPage page : source.getPages()) {
			this.pdf.importPage(page);
		}
	}

	private void imagePage(Document d) throws IOException {
		Path file = copy(d, IMAGES.get(d.mediaType()));
		PDImageXObject image = PDImageXObject.createFromFileByExtension(file.toFile(), this.pdf);
		boolean landscape = image.getWidth() > image.getHeight();
		PDRectangle box = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
				: PDRectangle.A4;
		float room = MARGIN / 2;
		float scale = Math.min((box.getWidth() - 2 * room) / image.getWidth(),
				(box.getHeight() - 2 * room - 20) / image.getHeight());
		float w = image.getWidth() * scale;
		float h = image.getHeight() * scale;
		PDPage page = new PDPage(box);
		this.pdf.addPage(page);
		try (PDPageContentStream out = new PDPageContentStream(this.pdf, page)) {
			out.drawImage(image, (box.getWidth() - w) / 2, 20 + room + (box.getHeight() - 2 * room - 20 - h) / 2, w, h);
		}
	}

	/** A page standing for a document whose content is not shown. */
	private void notice(int n, Document d, List<String> why) throws IOException {
		Flow flow = new Flow();
		flow.line("Văn bản " + n + " / Document " + n, 13);
		flow.wrapped(summary(d), SIZE);
		flow.gap();
		for (String line : why) {
			flow.wrapped(line, 11);
		}
		flow.gap();
		flow.wrapped("Tên tệp / File name: " + (d.originalName() != null ? d.originalName() : ""), SIZE);
		flow.wrapped(
				"Định dạng / Format: " + d.mediaType() + (d.formatPuid() != null ? " (" + d.formatPuid() + ")" : ""),
				SIZE);
		flow.wrapped(
				"Dung lượng / Size: " + String.format(Locale.ROOT, "%,d", d.contentSize()).replace(',', '.') + " byte",
				SIZE);
		flow.wrapped("SHA-256: " + d.contentSha256(), SIZE);
		flow.gap();
		Map<String, String> values = ExportFields.ofDocument(this.export.file(), d);
		for (String field : ExportFields.DOCUMENT_FIELDS) {
			if (values.containsKey(field)) {
				flow.wrapped(ExportFields.label(field) + ": "
						+ ExportFields.readable(this.export.file(), field, values.get(field)), SIZE);
			}
		}
		flow.end();
	}

	/**
	 * Who printed it and when, with the page number, at the foot of every page.
	 */
	private void mark() throws IOException {
		int total = this.pdf.getNumberOfPages();
		int p = 0;
		for (PDPage page : this.pdf.getPages()) {
			p++;
			PDRectangle box = page.getMediaBox();
			try (PDPageContentStream out = new PDPageContentStream(this.pdf, page, AppendMode.APPEND, true, true)) {
				String footer = this.export.printedLine() + " · Trang " + p + "/" + total;
				text(out, 7, box.getLowerLeftX() + 20, box.getLowerLeftY() + 6, footer);
			}
		}
	}

	private void text(PDPageContentStream out, float size, float x, float y, String text) throws IOException {
		out.beginText();
		out.setFont(this.font, size);
		out.newLineAtOffset(x, y);
		out.showText(printable(text));
		out.endText();
	}

	/** NFC, with what the font lacks (and controls) as '?', so no value breaks a page. */
	private String printable(String text) {
		String nfc = Normalizer.normalize((text != null) ? text : "", Normalizer.Form.NFC);
		StringBuilder out = new StringBuilder();
		nfc.codePoints().forEach((c) -> {
			String s = new String(Character.toChars(c));
			if (Character.isISOControl(c)) {
				out.append(' ');
				return;
			}
			try {
				this.font.encode(s);
				out.append(s);
			}
			catch (IOException | IllegalArgumentException ex) {
				out.append('?');
			}
		});
		return out.toString();
	}

	/** Lines written down A4 pages, a new page when one is full. */
	private final class Flow {

		private PDPage page;

		private PDPageContentStream out;

		private float y;

		void line(String text, float size) throws IOException {
			room(size);
			text(this.out, size, MARGIN, this.y, text);
		}

		/** Words that do not fit the width go to the next line, indented. */
		void wrapped(String text, float size) throws IOException {
			float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
			StringBuilder line = new StringBuilder();
			for (String word : printable(text).split(" ")) {
				String next = line.isEmpty() ? word : line + " " + word;
				if (!line.isEmpty() && FilePdf.this.font.getStringWidth(next) / 1000 * size > width) {
					line(line.toString(), size);
					line = new StringBuilder("    " + word);
				}
				else {
					line = new StringBuilder(next);
				}
			}
			line(line.toString(), size);
		}

		void gap() {
			this.y -= LINE / 2;
		}

		private void room(float size) throws IOException {
			float step = Math.max(LINE, size * 1.4f);
			if (this.page == null || this.y - step < MARGIN + 10) {
				end();
				this.page = new PDPage(PDRectangle.A4);
				FilePdf.this.pdf.addPage(this.page);
				this.out = new PDPageContentStream(FilePdf.this.pdf, this.page);
				this.y = PDRectangle.A4.getHeight() - MARGIN;
			}
			this.y -= step;
		}

		void end() throws IOException {
			if (this.out != null) {
				this.out.close();
				this.out = null;
			}
		}

	}

}
