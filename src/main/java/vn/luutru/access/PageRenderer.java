package vn.luutru.access;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import org.springframework.stereotype.Component;

/**
 * Renders one page of a PDF as a PNG image marked as a copy: "BẢN SAO" across the page
 * and, at its top and bottom, who it was given to and when (Annex VI III.6.k: what is
 * printed from the system carries who printed it and when). The reader never receives the
 * PDF itself.
 */
@Component
class PageRenderer {

	private final AccessSettings settings;

	PageRenderer(AccessSettings settings) {
		this.settings = settings;
	}

	/**
	 * The page (1-based) as PNG bytes, {@code top} and {@code bottom} written across its
	 * top and bottom; throws IllegalArgumentException past the end.
	 */
	byte[] render(InputStream pdf, int page, String top, String bottom) throws IOException {
		BufferedImage image;
		try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBuffer(pdf))) {
			if (page < 1 || page > doc.getNumberOfPages()) {
				throw new IllegalArgumentException("page " + page + " of " + doc.getNumberOfPages());
			}
			image = new PDFRenderer(doc).renderImageWithDPI(page - 1, this.settings.renderDpi(), ImageType.RGB);
		}
		stamp(image, top, bottom);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	private static float advance(Graphics2D g, Font font, String text) {
		return text.isEmpty() ? 0 : new java.awt.font.TextLayout(text, font, g.getFontRenderContext()).getAdvance();
	}

	/**
	 * Marks an image of a page as a copy: "BẢN SAO" across it, {@code top} and
	 * {@code bottom} in bands at its top and bottom.
	 */
	static void stamp(BufferedImage image, String top, String bottom) {
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			int w = image.getWidth();
			int h = image.getHeight();
			int band = Math.max(16, h / 45);
			Font bandFont = new Font("DejaVu Sans", Font.PLAIN, band * 3 / 5);
			// a long line (the print mark in both languages) is made smaller to fit the
			// page
			// (measured as laid out, fallback fonts for the diacritics included)
			float widest = Math.max(advance(g, bandFont, top), advance(g, bandFont, bottom));
			if (widest > w - 16) {
				bandFont = bandFont.deriveFont(bandFont.getSize2D() * 0.95f * (w - 16) / widest);
			}
			g.setFont(bandFont);
			g.setColor(new Color(255, 255, 255, 220));
			g.fillRect(0, 0, w, band + 4);
			g.fillRect(0, h - band - 4, w, band + 4);
			g.setColor(new Color(160, 0, 0));
			g.drawString(top, 6, band - 2);
			g.drawString(bottom, 6, h - 8);
			AffineTransform previous = g.getTransform();
			g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.18f));
			g.setFont(new Font("DejaVu Sans", Font.BOLD, Math.max(24, w / 7)));
			g.rotate(-Math.atan2(h, w), w / 2.0, h / 2.0);
			String copy = "BẢN SAO";
			int textWidth = g.getFontMetrics().stringWidth(copy);
			g.drawString(copy, (w - textWidth) / 2, h / 2);
			g.setTransform(previous);
		}
		finally {
			g.dispose();
		}
	}

}
