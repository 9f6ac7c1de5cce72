package vn.luutru.access;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import org.springframework.stereotype.Component;

/**
 * A PDF copy given out of the archive: every page rendered as an image and marked as the
 * reading room marks a page ({@link PageRenderer#stamp}: "BẢN SAO" across it, to whom and
 * when at its top and bottom), so that the copy carries no text or layer of the original
 * that the marks could be removed from.
 */
@Component
class MarkedCopy {

	private final AccessSettings settings;

	MarkedCopy(AccessSettings settings) {
		this.settings = settings;
	}

	/**
	 * The marked copy of a document as PDF bytes, each page with its {@link CopyMark}.
	 */
	byte[] pdf(InputStream original, CopyMark mark, String docCode) throws IOException {
		try (PDDocument in = Loader.loadPDF(new RandomAccessReadBuffer(original)); PDDocument out = new PDDocument()) {
			PDFRenderer renderer = new PDFRenderer(in);
			for (int i = 0; i < in.getNumberOfPages(); i++) {
				BufferedImage image = renderer.renderImageWithDPI(i, this.settings.renderDpi(), ImageType.RGB);
				PageRenderer.stamp(image, mark.top(), mark.bottom(docCode, i + 1));
				PDRectangle box = in.getPage(i).getMediaBox();
				PDPage page = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
				out.addPage(page);
				PDImageXObject picture = JPEGFactory.createFromImage(out, image, 0.85f);
				try (PDPageContentStream content = new PDPageContentStream(out, page)) {
					content.drawImage(picture, 0, 0, box.getWidth(), box.getHeight());
				}
			}
			out.getDocumentInformation().setTitle("BẢN SAO / COPY");
			out.getDocumentInformation().setProducer("LuuTru");
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			out.save(bytes);
			return bytes.toByteArray();
		}
	}

}
