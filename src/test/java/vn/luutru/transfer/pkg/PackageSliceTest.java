package vn.luutru.transfer.pkg;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.luutru.support.EarkValidator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each record file's package cut out of the batch's joined zip is the part that was
 * written, byte for byte, and the E-ARK validator accepts it as a package of its own.
 */
class PackageSliceTest {

	private final TransferPackageWriter writer = new TransferPackageWriter(SchemaFiles.onClasspath("schemas"));

	@TempDir
	Path dir;

	@Test
	void eachPackageCutFromTheBatchZipIsItsPartAndPassesTheValidator() throws IOException {
		PackageRequest whole = PackageFixtures.request(PackageType.AIP);
		List<byte[]> partBytes = new ArrayList<>();
		List<ZipJoin.Part> parts = new ArrayList<>();
		List<PackageSlice.Place> places = new ArrayList<>();
		long offset = 0;
		for (PackageFile file : whole.files()) {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			PackagePart part = this.writer.writePart(withFiles(whole, file), out);
			byte[] bytes = out.toByteArray();
			partBytes.add(bytes);
			parts.add(new ZipJoin.Part(part.entriesSize(), () -> new ByteArrayInputStream(bytes)));
			places.add(new PackageSlice.Place(TransferPackageWriter.packageIdOf(whole.packageId(), file.fileCode()),
					offset, part.entriesSize(), -1));
			offset += part.entriesSize();
		}
		ByteArrayOutputStream joined = new ByteArrayOutputStream();
		ZipJoin.join(parts, joined);
		byte[] batchZip = joined.toByteArray();
		long directoryOffset = offset;

		assertThat(places).hasSize(2);
		for (int i = 0; i < places.size(); i++) {
			PackageSlice.Place p = places.get(i);
			PackageSlice.Place place = new PackageSlice.Place(p.objectId(), p.entriesOffset(), p.entriesSize(),
					directoryOffset);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			long size = PackageSlice.write(() -> new ByteArrayInputStream(batchZip), place, out);

			assertThat(size).isEqualTo(out.size());
			assertThat(Sha256.of(out.toByteArray())).as(place.objectId()).isEqualTo(Sha256.of(partBytes.get(i)));
			Path zip = this.dir.resolve(place.objectId() + ".zip");
			Files.write(zip, out.toByteArray());
			assertThat(EarkValidator.mustErrors(zip)).as(place.objectId()).isEmpty();
		}
	}

	@Test
	void aPackageNotInTheBatchZipIsRefused() throws IOException {
		PackageRequest whole = PackageFixtures.request(PackageType.AIP);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PackagePart part = this.writer.writePart(withFiles(whole, whole.files().get(0)), out);
		byte[] bytes = out.toByteArray();

		assertThatThrownBy(() -> PackageSlice.write(() -> new ByteArrayInputStream(bytes),
				new PackageSlice.Place("uuid-NOT-THERE", 0, part.entriesSize(), part.entriesSize()),
				new ByteArrayOutputStream()))
			.isInstanceOf(IOException.class)
			.hasMessageContaining("uuid-NOT-THERE");
	}

	private static PackageRequest withFiles(PackageRequest r, PackageFile file) {
		return new PackageRequest(r.packageId(), r.type(), r.submittingAgency(), r.archive(), r.batchCode(),
				r.createdAt(), r.softwareName(), r.softwareVersion(), List.of(file));
	}

}
