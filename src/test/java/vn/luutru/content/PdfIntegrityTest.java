package vn.luutru.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PdfIntegrityTest {

	@TempDir
	Path dir;

	private final TikaContentInspector inspector = new TikaContentInspector(ContentFormats.defaults());

	private ContentReport inspect(byte[] bytes) throws IOException {
		Path file = Files.write(this.dir.resolve("staged"), bytes);
		return this.inspector.inspect(file, "cong-van.pdf", "application/pdf");
	}

	@Test
	void acceptsAPdfWithAWholeIncrementalUpdate() throws IOException {
		assertThat(inspect(DamagedPdfs.withIncrementalUpdate(SamplePdfs.plainPdf(2))).problem()).isNull();
	}

	@Test
	void refusesAPdfCutInsideItsIncrementalUpdateThoughAnEarlierEofRemains() throws IOException {
		byte[] original = SamplePdfs.plainPdf(2);
		byte[] cut = DamagedPdfs.cutInsideTheUpdate(original);
		String tail = new String(cut, Math.max(0, cut.length - 2048), Math.min(cut.length, 2048),
				StandardCharsets.ISO_8859_1);
		assertThat(tail).as("the cut leaves the original's end-of-file marker in view").contains("%%EOF");
		assertThat(inspect(cut).problem()).isEqualTo(TikaContentInspector.TRUNCATED);
	}

	@Test
	void refusesAPdfWhoseCrossReferencePointsIntoNothing() throws IOException {
		byte[] pdf = SamplePdfs.plainPdf(3);
		String text = new String(pdf, StandardCharsets.ISO_8859_1);
		// Blank out the body's objects but keep the header, the cross-reference data and
		// the trailer: the file ends properly yet none of its objects can be read.
		int start = text.indexOf(" obj");
		int end = text.lastIndexOf("endobj");
		byte[] damaged = Arrays.copyOf(pdf, pdf.length);
		Arrays.fill(damaged, start, end, (byte) ' ');
		assertThat(inspect(damaged).problem()).isEqualTo(TikaContentInspector.CORRUPT);
	}

	@Test
	void trailingWhiteSpaceAfterTheLastEofIsNoDamage() {
		byte[] tail = "startxref\n123\n%%EOF\r\n\n  \u0000".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(PdfIntegrity.dataAfterLastEof(tail)).isFalse();
		byte[] cut = "%%EOF\n7 0 obj\n<< /Subj".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(PdfIntegrity.dataAfterLastEof(cut)).isTrue();
	}

}
