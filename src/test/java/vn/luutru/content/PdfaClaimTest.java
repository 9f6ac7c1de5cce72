package vn.luutru.content;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PdfaClaimTest {

	@TempDir
	Path dir;

	@Test
	void readsPdfaClaimFromXmp() throws IOException {
		assertThat(scan(SamplePdfs.pdfA2b(1))).isEqualTo("2b");
	}

	@Test
	void readsClaimInAttributeForm() throws IOException {
		String xmp = "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" "
				+ "pdfaid:conformance='U' pdfaid:part='3'/>";
		assertThat(scan(pdfWith(xmp))).isEqualTo("3u");
	}

	@Test
	void readsClaimInElementForm() throws IOException {
		String xmp = "<rdf:Description rdf:about=\"\"><pdfaid:part>1</pdfaid:part>\n"
				+ "<pdfaid:conformance>A</pdfaid:conformance></rdf:Description>";
		assertThat(scan(pdfWith(xmp))).isEqualTo("1a");
	}

	@Test
	void readsPdfa4ClaimWithoutConformance() throws IOException {
		assertThat(scan(pdfWith("<pdfaid:part>4</pdfaid:part><pdfaid:rev>2020</pdfaid:rev>"))).isEqualTo("4");
	}

	@Test
	void findsClaimAcrossBufferBoundaries() throws IOException {
		String xmp = "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>";
		for (int padding : new int[] { 64 * 1024 - 20, 64 * 1024 - 5, 64 * 1024 + 100, 3 * 64 * 1024 - 2100 }) {
			byte[] bytes = SampleFiles.concat(SampleFiles.ascii("%PDF-1.7\n%"), new byte[padding],
					SampleFiles.ascii(xmp + "\n%%EOF\n"));
			assertThat(scan(bytes)).as("padding %d", padding).isEqualTo("2b");
		}
	}

	@Test
	void reportsNoClaimForPlainPdfOrMentionWithoutValue() throws IOException {
		assertThat(scan(SamplePdfs.plainPdf(2))).isNull();
		assertThat(scan(pdfWith("the pdfaid:part property names the part"))).isNull();
	}

	private static byte[] pdfWith(String xmp) {
		return SampleFiles
			.ascii("%PDF-1.7\n1 0 obj\n<</Type/Metadata/Subtype/XML>>stream\n" + xmp + "\nendstream\nendobj\n%%EOF\n");
	}

	private String scan(byte[] bytes) throws IOException {
		Path file = Files.createTempFile(this.dir, "pdf", ".pdf");
		Files.write(file, bytes);
		try (FileChannel channel = FileChannel.open(file)) {
			return PdfaClaim.scan(channel);
		}
	}

}
