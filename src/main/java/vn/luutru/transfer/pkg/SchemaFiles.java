package vn.luutru.transfer.pkg;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the writer finds the published XSDs it copies into each package's
 * {@code schemas/} folder (CSIPSTR15): METS 1.12, the XLink schema METS imports, the
 * DILCIS CSIP extension and PREMIS 3.0. The descriptive-metadata schemas are generated,
 * not read from here.
 */
public final class SchemaFiles {

	public static final String METS = "mets.xsd";

	public static final String XLINK = "xlink.xsd";

	public static final String CSIP_EXTENSION = "DILCISExtensionMETS.xsd";

	public static final String PREMIS = "premis-v3-0.xsd";

	static final List<String> REQUIRED = List.of(METS, XLINK, CSIP_EXTENSION, PREMIS);

	private final Opener opener;

	private final String where;

	private SchemaFiles(Opener opener, String where) {
		this.opener = opener;
		this.where = where;
	}

	/** Schemas on the class path in {@code folder}, e.g. {@code "schemas"}. */
	public static SchemaFiles onClasspath(String folder) {
		String prefix = folder.endsWith("/") ? folder : folder + "/";
		ClassLoader loader = SchemaFiles.class.getClassLoader();
		return new SchemaFiles((name) -> {
			InputStream in = loader.getResourceAsStream(prefix + name);
			if (in == null) {
				throw new FileNotFoundException("classpath:" + prefix + name);
			}
			return in;
		}, "classpath:" + prefix);
	}

	/** Schemas in a directory. */
	public static SchemaFiles inDirectory(Path directory) {
		return new SchemaFiles((name) -> Files.newInputStream(directory.resolve(name)), directory.toString());
	}

	InputStream open(String name) throws IOException {
		return this.opener.open(name);
	}

	/** Fails now rather than halfway through a package. */
	void requireAll() {
		List<String> missing = new ArrayList<>();
		for (String name : REQUIRED) {
			try (InputStream in = open(name)) {
				// present
			}
			catch (IOException ex) {
				missing.add(name);
			}
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException("Schemas " + missing + " not found in " + this.where);
		}
	}

	@FunctionalInterface
	private interface Opener {

		InputStream open(String name) throws IOException;

	}

}
