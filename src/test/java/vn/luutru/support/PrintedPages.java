package vn.luutru.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;

/**
 * Prints a workbook as LibreOffice does (headless, to PDF) and counts the A4 pages, so
 * that a test sees what an officer's printer would. Skips, with a message, where
 * LibreOffice is not installed; `.ci/run` installs it.
 */
public final class PrintedPages {

	private static final Path SOFFICE = Path.of("/usr/bin/soffice");

	private PrintedPages() {
	}

	/** Skips the calling test when LibreOffice is absent. */
	public static void assumeLibreOffice() {
		Assumptions.assumeTrue(Files.isExecutable(SOFFICE),
				"LibreOffice (soffice) is not installed: the printed page count is not checked");
	}

	/** The workbook printed to PDF in a new folder, kept for a look (pdftoppm). */
	public static Path pdf(byte[] xlsx, String name) throws IOException, InterruptedException {
		assumeLibreOffice();
		Path folder = Files.createTempDirectory("luutru-print-");
		Path profile = Files.createTempDirectory("luutru-lo-profile-");
		Path workbook = folder.resolve(name + ".xlsx");
		Files.write(workbook, xlsx);
		Process soffice = new ProcessBuilder(SOFFICE.toString(), "-env:UserInstallation=" + profile.toUri(),
				"--headless", "--convert-to", "pdf", "--outdir", folder.toString(), workbook.toString())
			.redirectErrorStream(true)
			.redirectOutput(folder.resolve("soffice.log").toFile())
			.start();
		if (!soffice.waitFor(180, TimeUnit.SECONDS)) {
			soffice.destroyForcibly();
			throw new IllegalStateException("LibreOffice did not print " + name + " within 180 s");
		}
		deleteTree(profile);
		Path pdf = folder.resolve(name + ".pdf");
		if (!Files.exists(pdf)) {
			throw new IllegalStateException(
					"LibreOffice printed nothing: " + Files.readString(folder.resolve("soffice.log")));
		}
		return pdf;
	}

	/** The pages of a workbook printed to A4, checked to be A4. */
	public static int count(byte[] xlsx, String name) throws IOException, InterruptedException {
		Path pdf = pdf(xlsx, name);
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			float width = document.getPage(0).getMediaBox().getWidth();
			float height = document.getPage(0).getMediaBox().getHeight();
			float shorter = Math.min(width, height);
			float longer = Math.max(width, height);
			if (Math.abs(shorter - 595) > 3 || Math.abs(longer - 842) > 3) {
				throw new AssertionError("not A4: " + width + " x " + height);
			}
			return document.getNumberOfPages();
		}
	}

	/** Whether the first page is landscape. */
	public static boolean landscape(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return document.getPage(0).getMediaBox().getWidth() > document.getPage(0).getMediaBox().getHeight();
		}
	}

	private static void deleteTree(Path root) throws IOException {
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
	}

}
