package vn.luutru.content;

import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Small PDFs for tests: a PDF/A-2b that veraPDF accepts and a plain PDF. Pages carry a
 * title and grey bars standing in for paragraphs, in Liberation Sans (shipped inside the
 * PDFBox jar, SIL Open Font License) so Vietnamese titles render.
 * <p>
 * Output is deterministic: the same arguments give the same bytes (fixed document id, no
 * dates), so vary the title when a test needs distinct content.
 */
public final class SamplePdfs {

	private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private SamplePdfs() {
	}

	/** A PDF/A-2b with {@code pages} A4 pages and the title "Tài liệu mẫu". */
	public static byte[] pdfA2b(int pages) {
		return pdfA2b("Tài liệu mẫu", pages);
	}

	/**
	 * A PDF/A-2b: XMP with {@code pdfaid:part=2}, {@code conformance=B} and the title, an
	 * sRGB output intent, the font embedded as a subset.
	 */
	public static byte[] pdfA2b(String title, int pages) {
		return build(title, pages, 2);
	}

	/** A PDF/A-1b claim (XMP {@code pdfaid:part=1}, {@code conformance=B}), one page. */
	public static byte[] pdfA1b() {
		return build("Tài liệu mẫu", 1, 1);
	}

	/** A plain PDF 1.7 (no PDF/A claim) with {@code pages} pages. */
	public static byte[] plainPdf(int pages) {
		return plainPdf("Tài liệu mẫu", pages);
	}

	/** A plain PDF 1.7 (no XMP, no output intent) with the given title. */
	public static byte[] plainPdf(String title, int pages) {
		return build(title, pages, 0);
	}

	/**
	 * @param pdfaPart the PDF/A part claimed (conformance B), 0 for none
	 */
	private static byte[] build(String title, int pages, int pdfaPart) {
		boolean pdfa = pdfaPart > 0;
		if (pages < 1) {
			throw new IllegalArgumentException("pages must be at least 1");
		}
		try (PDDocument doc = new PDDocument()) {
			PDFont font;
			try (InputStream in = SamplePdfs.class.getResourceAsStream(FONT)) {
				font = PDType0Font.load(doc, in);
			}
			for (int i = 1; i <= pages; i++) {
				doc.addPage(page(doc, font, title, i, pages));
			}
			doc.getDocumentInformation().setTitle(title);
			doc.getDocument().setDocumentID(documentId(title, pages, pdfa));
			// PDFBox starts with header and catalog /Version at 1.4; PDF/A-2 is based on
			// 1.7.
			doc.getDocument().setVersion(1.7f);
			doc.getDocumentCatalog().setVersion("1.7");
			if (pdfa) {
				markAsPdfA(doc, title, pdfaPart);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static PDPage page(PDDocument doc, PDFont font, String title, int number, int pages) throws IOException {
		PDPage page = new PDPage(PDRectangle.A4);
		try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
			centred(content, font, 10, 800, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
			centred(content, font, 10, 786, "Độc lập - Tự do - Hạnh phúc");
			centred(content, font, 16, 740, title);
			centred(content, font, 9, 40, "Trang " + number + "/" + pages);
			content.setNonStrokingColor(new Color(200, 200, 200));
			for (int line = 0; line < 20; line++) {
				float width = (line % 5 == 4) ? 260 : 450;
				content.addRect(72, 690 - line * 16, width, 6);
			}
			content.fill();
			content.setStrokingColor(Color.BLACK);
			content.moveTo(240, 776);
			content.lineTo(355, 776);
			content.stroke();
		}
		return page;
	}

	private static void centred(PDPageContentStream content, PDFont font, float size, float y, String text)
			throws IOException {
		float width = font.getStringWidth(text) / 1000 * size;
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset((PDRectangle.A4.getWidth() - width) / 2, y);
		content.showText(text);
		content.endText();
	}

	private static void markAsPdfA(PDDocument doc, String title, int part) throws IOException {
		ByteArrayOutputStream xml = new ByteArrayOutputStream();
		try {
			XMPMetadata xmp = XMPMetadata.createXMPMetadata();
			PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
			id.setPart(part);
			id.setConformance("B");
			xmp.createAndAddDublinCoreSchema().setTitle(title);
			new XmpSerializer().serialize(xmp, xml, true);
		}
		catch (BadFieldValueException | TransformerException ex) {
			throw new IOException(ex);
		}
		PDMetadata metadata = new PDMetadata(doc);
		metadata.importXMPMetadata(xml.toByteArray());
		doc.getDocumentCatalog().setMetadata(metadata);

		byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
		PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(srgb));
		intent.setInfo("sRGB IEC61966-2.1");
		intent.setOutputCondition("sRGB IEC61966-2.1");
		intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
		intent.setRegistryName("http://www.color.org");
		doc.getDocumentCatalog().addOutputIntent(intent);
	}

	private static COSArray documentId(String title, int pages, boolean pdfa) {
		try {
			byte[] digest = MessageDigest.getInstance("MD5")
				.digest((title + "|" + pages + "|" + pdfa).getBytes(StandardCharsets.UTF_8));
			COSArray id = new COSArray();
			id.add(new COSString(digest));
			id.add(new COSString(Arrays.copyOf(digest, digest.length)));
			return id;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
