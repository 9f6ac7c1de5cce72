package vn.luutru.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PRONOM identification with DROID and the bundled signature files: each format of the
 * archive gets its PUID from its bytes.
 */
class PronomIdentifierTest {

	private static final PronomIdentifier identifier = new PronomIdentifier(PronomSettings.defaults());

	/** Every signature for every type, as DROID itself runs. */
	private static final PronomIdentifier everySignature = new PronomIdentifier(
			PronomSettings.defaults().narrowing(List.of()));

	@TempDir
	Path dir;

	@Test
	void pdfVersionsAndPdfaClaimsGetTheirOwnIds() throws IOException {
		assertThat(identify(SamplePdfs.plainPdf(2), "quyet-dinh.pdf")).isEqualTo("fmt/276");
		assertThat(identify(SamplePdfs.pdfA1b(), "to-trinh.pdf")).isEqualTo("fmt/354");
		assertThat(identify(SamplePdfs.pdfA2b(1), "to-trinh.pdf")).isEqualTo("fmt/477");
	}

	@Test
	void aPdfToldApartAmongPdfsFormatsGetsTheIdEverySignatureGives() throws IOException {
		for (byte[] pdf : List.of(SamplePdfs.plainPdf(2), SamplePdfs.pdfA1b(), SamplePdfs.pdfA2b(1))) {
			Path file = Files.write(this.dir.resolve("staged-" + System.nanoTime()), pdf);
			assertThat(identifier.identify(file, "van-ban.pdf", "application/pdf; charset=binary"))
				.isEqualTo(everySignature.identify(file, "van-ban.pdf", "application/pdf"))
				.startsWith("fmt/");
		}
	}

	@Test
	void contentNotOfTheTypeItWasTakenForIsStillIdentified() throws IOException {
		Path png = Files.write(this.dir.resolve("anh.pdf"), SampleFiles.image("png"));
		assertThat(identifier.identify(png, "anh.pdf", "application/pdf")).as("no PDF signature matches")
			.isEqualTo("fmt/11");
		Path docx = Files.write(this.dir.resolve("to-trinh.pdf"), SampleFiles.docx());
		assertThat(identifier.identify(docx, "to-trinh.pdf", "application/pdf")).isEqualTo("fmt/412");
	}

	@Test
	void officeFormatsAreIdentifiedInsideTheirContainer() throws IOException {
		assertThat(identify(SampleFiles.docx(), "to-trinh.docx")).isEqualTo("fmt/412");
		assertThat(identify(SampleFiles.xlsx(), "muc-luc.xlsx")).isEqualTo("fmt/214");
		assertThat(identify(SampleFiles.docx(), "khong-duoi")).isEqualTo("fmt/412");
	}

	@Test
	void imagesAndTextAreIdentified() throws IOException {
		// ImageIO writes JFIF 1.02
		assertThat(identify(SampleFiles.image("jpeg"), "anh.jpg")).isEqualTo("fmt/44");
		assertThat(identify(SampleFiles.image("png"), "anh.png")).isEqualTo("fmt/11");
		assertThat(identify(SampleFiles.ascii("Tờ trình số 12\n"), "ghi-chu.txt")).isEqualTo("x-fmt/111");
	}

	@Test
	void bytesNoSignatureKnowsAreUnknown() throws IOException {
		byte[] noise = new byte[4096];
		new Random(7).nextBytes(noise);
		noise[0] = 0x13;
		assertThat(identify(noise, "du-lieu.qqq")).isEqualTo(PronomIdentifier.UNKNOWN);
	}

	@Test
	void theBundledSignatureFileIsNamed() {
		assertThat(identifier.signatureVersion()).isEqualTo("100");
	}

	private String identify(byte[] bytes, String name) throws IOException {
		Path file = Files.write(this.dir.resolve("staged-" + System.nanoTime()), bytes);
		return identifier.identify(file, name);
	}

}
