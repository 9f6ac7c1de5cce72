package vn.luutru.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The E-ARK reference validator as the tests run it on the packages LuuTru writes: the
 * same check as a received SIP's ({@link vn.luutru.receipt.EarkCheck}), and a batch's
 * bundle split into its packages.
 */
public final class EarkValidator {

	private EarkValidator() {
	}

	/**
	 * The MUST requirements one package fails, each as "id: messages"; empty when the
	 * validator finds the package valid.
	 * @param packageZip a ZIP holding one package folder
	 */
	public static List<String> mustErrors(Path packageZip) {
		try {
			return new vn.luutru.receipt.EarkCheck().mustFailures(packageZip)
				.stream()
				.map((f) -> f.requirement() + ": " + f.issues())
				.toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("The E-ARK validator did not run on " + packageZip, ex);
		}
	}

	/**
	 * Splits a ZIP holding several package folders (a batch as LuuTru stored it) into one
	 * ZIP per package, in {@code dir}; answers them by package folder name.
	 */
	public static Map<String, Path> splitPackages(byte[] zip, Path dir) {
		Map<String, ZipOutputStream> outs = new LinkedHashMap<>();
		Map<String, Path> paths = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				String folder = entry.getName().substring(0, entry.getName().indexOf('/'));
				ZipOutputStream out = outs.get(folder);
				if (out == null) {
					Path path = dir.resolve(folder + ".zip");
					paths.put(folder, path);
					out = new ZipOutputStream(Files.newOutputStream(path));
					outs.put(folder, out);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				in.transferTo(out);
				out.closeEntry();
			}
			for (ZipOutputStream out : outs.values()) {
				out.close();
			}
			return paths;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
