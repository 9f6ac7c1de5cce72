package vn.luutru.transfer.pkg;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** A small package zip held in memory for the tests to look into and tamper with. */
record PackageZip(byte[] bytes, PackageManifest manifest, Map<String, byte[]> files, Set<String> folders) {

	static PackageZip write(PackageRequest request) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			PackageManifest manifest = new TransferPackageWriter(SchemaFiles.onClasspath("schemas")).write(request,
					out);
			return read(out.toByteArray(), manifest);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static PackageZip read(byte[] bytes, PackageManifest manifest) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		Set<String> folders = new TreeSet<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.isDirectory()) {
					folders.add(entry.getName());
				}
				else {
					files.put(entry.getName(), zip.readAllBytes());
				}
			}
		}
		return new PackageZip(bytes, manifest, files, folders);
	}

	byte[] file(String path) {
		byte[] bytes = this.files.get(path);
		if (bytes == null) {
			throw new AssertionError("No " + path + " in " + this.files.keySet());
		}
		return bytes;
	}

	/**
	 * A copy of the zip with each file replaced by what {@code change} returns; null
	 * drops it.
	 */
	byte[] tampered(Map<String, UnaryOperator<byte[]>> changes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (String folder : this.folders) {
				zip.putNextEntry(new ZipEntry(folder));
				zip.closeEntry();
			}
			for (Map.Entry<String, byte[]> file : this.files.entrySet()) {
				byte[] bytes = changes.getOrDefault(file.getKey(), UnaryOperator.identity()).apply(file.getValue());
				if (bytes != null) {
					zip.putNextEntry(new ZipEntry(file.getKey()));
					zip.write(bytes);
					zip.closeEntry();
				}
			}
		}
		return out.toByteArray();
	}

}
