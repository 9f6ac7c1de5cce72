package vn.luutru.transfer.pkg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLStreamException;

import vn.luutru.transfer.pkg.FixityReport.DocumentFixity;
import vn.luutru.transfer.pkg.FixityReport.Problem;
import vn.luutru.transfer.pkg.FixityReport.Problem.Kind;

/**
 * Checks a zip written by {@link TransferPackageWriter}: recomputes the SHA-256 and size
 * of every file and compares them with what the METS files declare (CHECKSUM, SIZE) and,
 * in an AIP, with the PREMIS fixity of each document. Reports files listed but absent,
 * present but listed by no METS, and changed. Reads the zip once, as a stream; memory
 * grows with the number of files, not their size.
 */
public class TransferPackageVerifier {

	public FixityReport verify(InputStream zipIn) throws IOException {
		Scan scan = scan(new ZipInputStream(zipIn, StandardCharsets.UTF_8));
		List<Problem> problems = new ArrayList<>(scan.problems());
		List<DocumentFixity> documents = new ArrayList<>();
		Set<String> listed = new HashSet<>();
		for (DeclaredFile file : scan.declared()) {
			listed.add(file.path());
			MeasuredFile actual = scan.found().get(file.path());
			compare(file, actual, problems);
			if (file.ownerId() != null) {
				String premisSha = scan.premis().getOrDefault(packageOf(file.path()), Map.of()).get(file.ownerId());
				String computed = (actual != null) ? actual.sha256() : null;
				documents.add(new DocumentFixity(packageOf(file.path()), file.ownerId(), file.path(),
						lower(file.checksum()), lower(premisSha), computed));
				if (premisSha != null && computed != null && !premisSha.equalsIgnoreCase(computed)) {
					problems.add(new Problem(Kind.PREMIS_MISMATCH, file.path(), file.ownerId(),
							"PREMIS " + lower(premisSha) + ", zip " + computed));
				}
			}
		}
		for (String path : scan.found().keySet()) {
			// A package METS is the manifest itself: nothing lists it.
			boolean packageMets = path.indexOf('/') == path.length() - Layout.METS.length() - 1
					&& path.endsWith("/" + Layout.METS);
			if (!listed.contains(path) && !packageMets) {
				problems.add(new Problem(Kind.UNLISTED, path, guessDocCode(path), "listed by no METS"));
			}
		}
		return new FixityReport(documents, problems);
	}

	/**
	 * One pass over the zip: every file measured, every METS and PREMIS read on the way.
	 */
	private static Scan scan(ZipInputStream zip) throws IOException {
		Scan scan = new Scan(new LinkedHashMap<>(), new ArrayList<>(), new HashMap<>(), new ArrayList<>());
		for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
			if (entry.isDirectory()) {
				continue;
			}
			String path = entry.getName();
			MeasuredInput in = new MeasuredInput(zip);
			try {
				if (path.endsWith("/" + Layout.METS)) {
					scan.declared().addAll(DeclaredFile.read(in, path));
				}
				else if (path.contains("/metadata/preservation/") && path.endsWith(".xml")) {
					PremisDigests.read(in, scan.premis().computeIfAbsent(packageOf(path), (key) -> new HashMap<>()));
				}
			}
			catch (XMLStreamException ex) {
				scan.problems().add(new Problem(Kind.UNREADABLE, path, null, ex.getMessage()));
			}
			in.close();
			if (scan.found().put(path, new MeasuredFile(in.sha256(), in.size())) != null) {
				scan.problems().add(new Problem(Kind.DUPLICATE_ENTRY, path, null, "twice in the zip"));
			}
		}
		return scan;
	}

	private static void compare(DeclaredFile file, MeasuredFile actual, List<Problem> problems) {
		String where = "declared in " + file.mets();
		if (actual == null) {
			problems.add(new Problem(Kind.MISSING, file.path(), file.ownerId(), where));
			return;
		}
		if (file.checksum() == null || !Sha256.METS_TYPE.equalsIgnoreCase(file.checksumType())) {
			problems.add(new Problem(Kind.UNSUPPORTED_CHECKSUM, file.path(), file.ownerId(),
					"CHECKSUMTYPE " + file.checksumType() + " " + where));
			return;
		}
		if (!file.checksum().equalsIgnoreCase(actual.sha256())) {
			problems.add(new Problem(Kind.CHECKSUM_MISMATCH, file.path(), file.ownerId(),
					"METS " + lower(file.checksum()) + ", zip " + actual.sha256()));
		}
		if (file.size() != null && file.size() != actual.size()) {
			problems.add(new Problem(Kind.SIZE_MISMATCH, file.path(), file.ownerId(),
					"METS " + file.size() + " bytes, zip " + actual.size()));
		}
	}

	/** The package (root folder) a path belongs to. */
	private static String packageOf(String path) {
		int slash = path.indexOf('/');
		return (slash > 0) ? path.substring(0, slash) : "";
	}

	/** A stray content file is named by its docCode. */
	private static String guessDocCode(String path) {
		int data = path.indexOf("/data/");
		if (data < 0) {
			return null;
		}
		String name = path.substring(data + "/data/".length());
		int dot = name.lastIndexOf('.');
		return (dot > 0 && name.indexOf('/') < 0) ? name.substring(0, dot) : null;
	}

	private static String lower(String hex) {
		return (hex != null) ? hex.toLowerCase(Locale.ROOT) : null;
	}

	private record MeasuredFile(String sha256, long size) {

	}

	/**
	 * @param found zip path → what its bytes are
	 * @param premis package folder → docCode → PREMIS SHA-256
	 */
	private record Scan(Map<String, MeasuredFile> found, List<DeclaredFile> declared,
			Map<String, Map<String, String>> premis, List<Problem> problems) {

	}

}
