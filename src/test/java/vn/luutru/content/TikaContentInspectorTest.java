package vn.luutru.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class TikaContentInspectorTest {

	static final String PDF = "application/pdf";

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String ODT = "application/vnd.oasis.opendocument.text";

	static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";

	@TempDir
	Path dir;

	private final TikaContentInspector inspector = new TikaContentInspector(ContentFormats.defaults());

	@Test
	void acceptsPdfaAndReadsItsClaim() throws IOException {
		ContentReport report = inspect(SamplePdfs.pdfA2b(2), "to-trinh.pdf", PDF);
		assertThat(report.problem()).isNull();
		assertThat(report.mediaType()).isEqualTo(PDF);
		assertThat(report.pdfaDeclared()).isEqualTo("2b");
	}

	@Test
	void acceptsPlainPdfWithoutClaim() throws IOException {
		ContentReport report = inspect(SamplePdfs.plainPdf(1), "quyet-dinh.pdf", null);
		assertThat(report.acceptable()).isTrue();
		assertThat(report.pdfaDeclared()).isNull();
	}

	@Test
	void identifiesOfficeDocumentsFromTheirContainers() throws IOException {
		assertThat(inspect(SampleFiles.docx(), "a.docx", DOCX))
			.extracting(ContentReport::mediaType, ContentReport::problem)
			.containsExactly(DOCX, null);
		assertThat(inspect(SampleFiles.xlsx(), "a.xlsx", null).mediaType()).isEqualTo(XLSX);
		assertThat(inspect(SampleFiles.xls(), "a.xls", null).mediaType()).isEqualTo("application/vnd.ms-excel");
		assertThat(inspect(SampleFiles.doc(), "a.doc", null).mediaType()).isEqualTo("application/msword");
		assertThat(inspect(SampleFiles.openDocument(ODT, true), "a.odt", null).mediaType()).isEqualTo(ODT);
		assertThat(inspect(SampleFiles.openDocument(ODS, false), "a.ods", null).mediaType()).isEqualTo(ODS);
	}

	@Test
	void acceptsImagesAudioVideoTextAndXml() throws IOException {
		assertThat(inspect(SampleFiles.image("jpeg"), "anh.jpg", "image/jpeg").mediaType()).isEqualTo("image/jpeg");
		assertThat(inspect(SampleFiles.image("png"), "anh.PNG", null).mediaType()).isEqualTo("image/png");
		assertThat(inspect(SampleFiles.image("tiff"), "scan.tif", null).mediaType()).isEqualTo("image/tiff");
		assertThat(inspect(SampleFiles.mp4(), "hop.mp4", "video/mp4").mediaType()).isEqualTo("video/mp4");
		assertThat(inspect(SampleFiles.wma(), "ghi-am.wma", null).mediaType()).isEqualTo("audio/x-ms-wma");
		assertThat(inspect(text("Tờ trình số 12\n"), "ghi-chu.txt", "text/plain").mediaType()).isEqualTo("text/plain");
		assertThat(inspect(text("<?xml version=\"1.0\"?><ead/>"), "EAD.xml", "text/xml").mediaType())
			.isEqualTo("application/xml");
	}

	@Test
	void detectsPdfDeclaredAsWord() throws IOException {
		ContentReport report = inspect(SamplePdfs.plainPdf(1), "to-trinh.doc", "application/msword");
		assertThat(report.problem()).isEqualTo("error.formatMismatch");
		assertThat(report.problemArgs()).containsExactly(PDF, "application/msword");
	}

	@Test
	void detectsWordDocumentNamedAsPdf() throws IOException {
		ContentReport report = inspect(SampleFiles.docx(), "to-trinh.pdf", null);
		assertThat(report.problem()).isEqualTo("error.formatMismatch");
		assertThat(report.mediaType()).isEqualTo(DOCX);
		assertThat(report.problemArgs()).containsExactly(DOCX, PDF);
	}

	@Test
	void detectsPngDeclaredAsJpeg() throws IOException {
		ContentReport report = inspect(SampleFiles.image("png"), "anh.png", "image/jpeg");
		assertThat(report.problem()).isEqualTo("error.formatMismatch");
		assertThat(report.problemArgs()).containsExactly("image/png", "image/jpeg");
	}

	@Test
	void detectsOldWordDocumentRenamedAsDocx() throws IOException {
		assertThat(inspect(SampleFiles.doc(), "cu.docx", null).problem()).isEqualTo("error.formatMismatch");
	}

	@Test
	void ignoresGenericOrUnknownDeclaredTypes() throws IOException {
		assertThat(inspect(SamplePdfs.plainPdf(1), "a.pdf", "application/octet-stream").acceptable()).isTrue();
		assertThat(inspect(SamplePdfs.plainPdf(1), "a.pdf", "application/x-made-up").acceptable()).isTrue();
		assertThat(inspect(SamplePdfs.plainPdf(1), "khong-duoi", null).acceptable()).isTrue();
		assertThat(inspect(SamplePdfs.plainPdf(1), "a.pdf", "application/pdf; charset=binary").acceptable()).isTrue();
	}

	@Test
	void refusesPlainZipHtmlExecutablesAndScripts() throws IOException {
		assertNotAccepted(inspect(SampleFiles.zip(), "ho-so.zip", "application/zip"), "application/zip");
		assertNotAccepted(inspect(text("<!DOCTYPE html><html><body>x</body></html>"), "a.html", null), "text/html");
		assertNotAccepted(inspect(text("<html><body>x</body></html>"), "a.txt", "text/plain"), "text/html");
		assertNotAccepted(inspect(text("#!/bin/sh\nrm -rf /tmp/x\n"), "chay.sh", null), "application/x-sh");
		assertNotAccepted(inspect(text("alert('x');\n"), "a.js", null), "text/javascript");
		byte[] exe = SampleFiles.concat(SampleFiles.ascii("MZ"), new byte[510]);
		assertThat(inspect(exe, "setup.exe", null).problem()).isEqualTo("error.formatNotAccepted");
		assertThat(inspect(exe, "setup.pdf", null).problem()).isEqualTo("error.formatMismatch");
	}

	@Test
	void refusesFormatsLeftOutOfConfiguration() throws IOException {
		TikaContentInspector pdfOnly = new TikaContentInspector(new ContentFormats(List.of("application/x-pdf")));
		assertThat(inspect(pdfOnly, SamplePdfs.plainPdf(1), "a.pdf", null).acceptable()).isTrue();
		assertNotAccepted(inspect(pdfOnly, SampleFiles.image("png"), "a.png", null), "image/png");
	}

	@Test
	void refusesEmptyFile() throws IOException {
		assertThat(inspect(new byte[0], "a.pdf", PDF).problem()).isEqualTo("error.contentEmpty");
	}

	@Test
	void rejectsTruncatedPdf() throws IOException {
		byte[] pdf = SamplePdfs.pdfA2b(2);
		ContentReport report = inspect(SampleFiles.truncated(pdf, pdf.length / 3), "to-trinh.pdf", PDF);
		assertThat(report.problem()).isEqualTo("error.contentTruncated");
		assertThat(report.mediaType()).isEqualTo(PDF);
	}

	@Test
	void rejectsTruncatedZipBasedDocument() throws IOException {
		byte[] docx = SampleFiles.docx();
		assertThat(inspect(SampleFiles.truncated(docx, 30), "a.docx", DOCX).problem())
			.isEqualTo("error.contentTruncated");
	}

	@Test
	void rejectsTruncatedImages() throws IOException {
		assertThat(inspect(SampleFiles.truncated(SampleFiles.image("jpeg"), 1), "a.jpg", null).problem())
			.isEqualTo("error.contentTruncated");
		assertThat(inspect(SampleFiles.truncated(SampleFiles.image("png"), 12), "a.png", null).problem())
			.isEqualTo("error.contentTruncated");
	}

	@Test
	void acceptsJpegPaddedWithZeros() throws IOException {
		byte[] padded = SampleFiles.concat(SampleFiles.image("jpeg"), new byte[3]);
		assertThat(inspect(padded, "a.jpg", null).acceptable()).isTrue();
	}

	@Test
	void rejectsZipWithBrokenCentralDirectory() throws IOException {
		byte[] docx = SampleFiles.docx();
		for (int i = 0; i < docx.length - 4; i++) {
			if (docx[i] == 'P' && docx[i + 1] == 'K' && docx[i + 2] == 1 && docx[i + 3] == 2) {
				docx[i + 3] = 9;
			}
		}
		assertThat(inspect(docx, "a.docx", null).problem()).isEqualTo("error.contentCorrupt");
	}

	private static void assertNotAccepted(ContentReport report, String mediaType) {
		assertThat(report.problem()).isEqualTo("error.formatNotAccepted");
		assertThat(report.mediaType()).isEqualTo(mediaType);
		assertThat(report.problemArgs()).containsExactly(mediaType);
	}

	private static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private ContentReport inspect(byte[] bytes, String name, String declared) throws IOException {
		return inspect(this.inspector, bytes, name, declared);
	}

	private ContentReport inspect(TikaContentInspector inspector, byte[] bytes, String name, String declared)
			throws IOException {
		Path file = Files.createTempFile(this.dir, "upload", ".bin");
		Files.write(file, bytes);
		return inspector.inspect(file, name, declared);
	}

}
