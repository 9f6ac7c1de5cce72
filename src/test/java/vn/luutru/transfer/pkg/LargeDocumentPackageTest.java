package vn.luutru.transfer.pkg;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 50 MB document goes from a generated stream to a zip file and back through the
 * verifier without ever being held as a whole: the writer and the verifier only see
 * streams.
 */
class LargeDocumentPackageTest {

	private static final long SIZE = 50L * 1024 * 1024;

	private static final String DOC_CODE = PackageFixtures.CONFERENCE_FILE + ".1";

	@Test
	void writesAndVerifiesFiftyMegabyteDocumentAsAStream(@TempDir Path folder) throws IOException {
		String sha256 = sha256(new GeneratedPdf(SIZE));
		DocumentContent content = new DocumentContent(sha256, SIZE, "application/pdf", "ban-do-quy-hoach.pdf", null,
				PackageFixtures.CREATED, "lothihuong", () -> new GeneratedPdf(SIZE));
		PackageDocument map = new PackageDocument(DOC_CODE, 1, "30", "Bản đồ", null, null, null,
				PackageFixtures.OFFICE.name(), "Bản đồ quy hoạch sử dụng đất tỉnh Sơn La", "01", 1, null, null, "01",
				"02", null, "01", null, null, "TT05-2025", content);
		PackageRequest request = new PackageRequest("uuid-0B7C9E2A-51F3-4D8E-A6B1-2C4D6E8F0A13", PackageType.AIP,
				PackageFixtures.OFFICE, PackageFixtures.ARCHIVE, "NL02", PackageFixtures.CREATED, "LuuTru", "0.1.0",
				List.of(PackageFixtures.file(PackageFixtures.CONFERENCE_FILE, "Bản đồ quy hoạch", List.of(map))));
		Path zip = folder.resolve("package.zip");

		PackageManifest manifest;
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(zip))) {
			manifest = new TransferPackageWriter(SchemaFiles.onClasspath("schemas")).write(request, out);
		}
		FixityReport report;
		try (InputStream in = new BufferedInputStream(Files.newInputStream(zip))) {
			report = new TransferPackageVerifier().verify(in);
		}

		assertThat(manifest.documentSha256()).containsEntry(DOC_CODE, sha256);
		assertThat(manifest.totalSize()).isEqualTo(Files.size(zip));
		assertThat(report.problems()).isEmpty();
		assertThat(report.documents()).singleElement()
			.satisfies((doc) -> assertThat(doc.computedSha256()).isEqualTo(sha256).isEqualTo(doc.premisSha256()));
	}

	private static String sha256(InputStream in) throws IOException {
		MessageDigest digest = Sha256.digest();
		byte[] buffer = new byte[64 * 1024];
		for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
			digest.update(buffer, 0, n);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/** A PDF-looking stream of pseudo-random bytes, made as it is read. */
	private static final class GeneratedPdf extends InputStream {

		private static final byte[] HEAD = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

		private final long size;

		private long position;

		private long state = 0x9E3779B97F4A7C15L;

		GeneratedPdf(long size) {
			this.size = size;
		}

		@Override
		public int read() {
			byte[] one = new byte[1];
			return (read(one, 0, 1) < 0) ? -1 : (one[0] & 0xFF);
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (this.position >= this.size) {
				return -1;
			}
			int n = (int) Math.min(len, this.size - this.position);
			for (int i = 0; i < n; i++) {
				long at = this.position + i;
				if (at < HEAD.length) {
					b[off + i] = HEAD[(int) at];
				}
				else {
					this.state ^= this.state << 13;
					this.state ^= this.state >>> 7;
					this.state ^= this.state << 17;
					b[off + i] = (byte) this.state;
				}
			}
			this.position += n;
			return n;
		}

	}

}
