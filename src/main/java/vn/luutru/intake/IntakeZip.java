package vn.luutru.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import vn.luutru.common.InvalidInputException;

/**
 * The uploaded ZIP of an intake: the sheet {@value #SHEET} at its root and the content
 * files it lists, by their paths in the ZIP. Checked before anything is kept, reading
 * every entry once and counting what it really inflates to (the sizes the ZIP declares
 * may lie): entry names that could leave a folder (.., absolute paths, drive letters,
 * NUL), archives inside the archive, entries or a total over the limits, and entries that
 * inflate more than the ratio allows (zip bombs). Each refusal is a 400 on {@code file}.
 */
final class IntakeZip {

	static final String SHEET = "metadata.xlsx";

	private static final Set<String> ARCHIVES = Set.of("zip", "7z", "rar", "tar", "gz", "tgz", "bz2", "xz", "zst",
			"jar", "war", "ear", "cab", "iso", "lz", "lzma", "z");

	/** Formats whose container is itself a ZIP, taken as documents. */
	private static final Set<String> ZIP_DOCUMENTS = Set.of("docx", "xlsx", "pptx", "odt", "ods", "odp", "epub", "ofd");

	private IntakeZip() {
	}

	/** The content entries' names, the sheet excluded. */
	static Set<String> check(Path zip, IntakeSettings settings) {
		try (ZipFile file = new ZipFile(zip.toFile())) {
			Set<String> names = new LinkedHashSet<>();
			long total = 0;
			boolean sheet = false;
			Enumeration<? extends ZipEntry> entries = file.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				String name = entry.getName();
				checkName(name);
				if (entry.isDirectory()) {
					continue;
				}
				total += measure(file, entry, total, settings);
				if (name.equals(SHEET)) {
					sheet = true;
					continue;
				}
				checkNotArchive(file, entry);
				names.add(name);
			}
			long zipSize = Files.size(zip);
			if (total > settings.ratioFloor().toBytes() && total / Math.max(1, zipSize) > settings.maxRatio()) {
				throw refused("intake.error.zipRatio", settings.maxRatio());
			}
			if (!sheet) {
				throw refused("intake.error.noSheet", SHEET);
			}
			return names;
		}
		catch (ZipException ex) {
			throw refused("intake.error.notZip");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The content entries' names of a ZIP already checked (its central directory only).
	 */
	static Set<String> entryNames(Path zip) {
		try (ZipFile file = new ZipFile(zip.toFile())) {
			Set<String> names = new LinkedHashSet<>();
			file.stream()
				.filter((e) -> !e.isDirectory() && !e.getName().equals(SHEET))
				.forEach((e) -> names.add(e.getName()));
			return names;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Copies the sheet out of the ZIP, to be opened as a workbook. */
	static void extractSheet(Path zip, Path target) {
		try (ZipFile file = new ZipFile(zip.toFile()); InputStream in = file.getInputStream(file.getEntry(SHEET))) {
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void checkName(String name) {
		String display = name.replace('\0', '?');
		if (name.indexOf('\0') >= 0 || name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")) {
			throw refused("intake.error.entryName", display);
		}
		for (String part : name.split("[/\\\\]")) {
			if (part.equals("..")) {
				throw refused("intake.error.entryName", display);
			}
		}
	}

	/** Inflates the entry, counting; stops at the first limit passed. */
	private static long measure(ZipFile file, ZipEntry entry, long before, IntakeSettings settings) throws IOException {
		long maxEntry = settings.maxEntrySize().toBytes();
		long maxTotal = settings.maxTotalSize().toBytes();
		long compressed = Math.max(1, entry.getCompressedSize());
		byte[] buffer = new byte[64 * 1024];
		long size = 0;
		try (InputStream in = file.getInputStream(entry)) {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				size += n;
				if (size > maxEntry) {
					throw refused("intake.error.entryTooLarge", entry.getName(), maxEntry / (1024 * 1024));
				}
				if (before + size > maxTotal) {
					throw refused("intake.error.totalTooLarge", maxTotal / (1024 * 1024));
				}
				if (size > settings.ratioFloor().toBytes() && size / compressed > settings.maxRatio()) {
					throw refused("intake.error.entryRatio", entry.getName(), settings.maxRatio());
				}
			}
		}
		return size;
	}

	private static void checkNotArchive(ZipFile file, ZipEntry entry) throws IOException {
		String name = entry.getName();
		String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
		if (ARCHIVES.contains(extension)) {
			throw refused("intake.error.nestedArchive", name);
		}
		if (ZIP_DOCUMENTS.contains(extension)) {
			return;
		}
		byte[] head;
		try (InputStream in = file.getInputStream(entry)) {
			head = in.readNBytes(6);
		}
		if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, '7', 'z', 0xBC, 0xAF)
				|| startsWith(head, 'R', 'a', 'r', '!') || startsWith(head, 0x1F, 0x8B)
				|| startsWith(head, 'B', 'Z', 'h') || startsWith(head, 0xFD, '7', 'z', 'X', 'Z', 0)) {
			throw refused("intake.error.nestedArchive", name);
		}
	}

	private static boolean startsWith(byte[] head, int... magic) {
		if (head.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((head[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}

	private static InvalidInputException refused(String code, Object... args) {
		return InvalidInputException.of("file", code, args);
	}

}
