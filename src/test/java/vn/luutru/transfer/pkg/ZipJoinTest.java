package vn.luutru.transfer.pkg;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The batch's zip joined from one part per record file holds the same files, byte for
 * byte, as the zip written in one go, reads through its central directory (java.util.zip
 * ZipFile, which checks every offset) and streamed, and verifies.
 */
class ZipJoinTest {

	private final TransferPackageWriter writer = new TransferPackageWriter(SchemaFiles.onClasspath("schemas"));

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(booleans = { false, true })
	void joinedPartsAreTheWholePackage(boolean zip64) throws IOException {
		PackageRequest whole = PackageFixtures.request(PackageType.AIP);
		List<ZipJoin.Part> parts = new ArrayList<>();
		for (PackageFile file : whole.files()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			PackagePart part = this.writer.writePart(withFiles(whole, file), out);
			byte[] bytes = out.toByteArray();
			assertThat(part.entriesSize()).isPositive().isLessThan(bytes.length);
			parts.add(new ZipJoin.Part(part.entriesSize(), () -> new ByteArrayInputStream(bytes)));
		}

		ByteArrayOutputStream joined = new ByteArrayOutputStream();
		long size = zip64 ? ZipJoin.joinAsZip64(parts, joined) : ZipJoin.join(parts, joined);

		assertThat(size).isEqualTo(joined.size());
		PackageZip oneGo = PackageZip.write(whole);
		Path file = this.dir.resolve("joined.zip");
		Files.write(file, joined.toByteArray());
		Map<String, byte[]> read = readThroughDirectory(file);
		assertThat(read.keySet()).containsExactlyInAnyOrderElementsOf(oneGo.files().keySet());
		oneGo.files().forEach((name, bytes) -> assertThat(read.get(name)).as(name).isEqualTo(bytes));
		FixityReport report = new TransferPackageVerifier().verify(new ByteArrayInputStream(joined.toByteArray()));
		assertThat(report.problems()).isEmpty();
		assertThat(report.documents()).hasSize(3);
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 100_000 })
	void aPartNotAsRecordedIsRefused(long wrongBy) throws IOException {
		PackageRequest whole = PackageFixtures.request(PackageType.AIP);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PackagePart part = this.writer.writePart(withFiles(whole, whole.files().get(0)), out);
		byte[] bytes = out.toByteArray();

		assertThatThrownBy(() -> ZipJoin.join(
				List.of(new ZipJoin.Part(part.entriesSize() + wrongBy, () -> new ByteArrayInputStream(bytes))),
				OutputStreamSink.INSTANCE))
			.isInstanceOf(IOException.class);
	}

	private static PackageRequest withFiles(PackageRequest r, PackageFile file) {
		return new PackageRequest(r.packageId(), r.type(), r.submittingAgency(), r.archive(), r.batchCode(),
				r.createdAt(), r.softwareName(), r.softwareVersion(), List.of(file));
	}

	/** Every file's bytes, read by offset from the central directory. */
	private static Map<String, byte[]> readThroughDirectory(Path file) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				if (!entry.isDirectory()) {
					try (InputStream in = zip.getInputStream(entry)) {
						files.put(entry.getName(), in.readAllBytes());
					}
				}
			}
		}
		return files;
	}

	private static final class OutputStreamSink extends java.io.OutputStream {

		static final OutputStreamSink INSTANCE = new OutputStreamSink();

		@Override
		public void write(int b) {
		}

	}

}
