package vn.luutru.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/** PDFs damaged the way uploads are damaged, built from real ones. */
public final class DamagedPdfs {

	private DamagedPdfs() {
	}

	/**
	 * A PDF with an incremental update appended (as a signing or editing tool writes it):
	 * the original revision ends with %%EOF, then the update follows with its own.
	 */
	public static byte[] withIncrementalUpdate(byte[] original) {
		try (PDDocument doc = Loader.loadPDF(original)) {
			PDDocumentInformation info = doc.getDocumentInformation();
			info.setSubject("Bản sửa đổi / Amended");
			info.getCOSObject().setNeedToBeUpdated(true);
			doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.saveIncremental(out);
			byte[] updated = out.toByteArray();
			if (updated.length <= original.length
					|| !Arrays.equals(Arrays.copyOf(updated, original.length), original)) {
				throw new IllegalStateException("not an incremental update");
			}
			return updated;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The PDF cut in the middle of its incremental update: it still ends within a few
	 * hundred bytes of the original revision's %%EOF, so a look at the tail finds an
	 * end-of-file marker.
	 */
	public static byte[] cutInsideTheUpdate(byte[] original) {
		byte[] updated = withIncrementalUpdate(original);
		int cut = original.length + (updated.length - original.length) / 2;
		return Arrays.copyOf(updated, cut);
	}

}
