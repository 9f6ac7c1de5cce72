package vn.luutru.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The guards of an uploaded ZIP, checked before anything in it is kept or unpacked,
 * reading every entry once and counting what it really inflates to (the sizes the ZIP
 * declares may lie): entry names that could leave a folder (.., absolute paths, drive
 * letters, NUL), archives inside the archive, entries or a total over the limits, and
 * entries or a whole ZIP that inflate more than the ratio allows (zip bombs). Each
 * refusal is a 400 on {@code file}. Used by the bulk intake and the receipt of packages.
 */
public final class ZipGuard {

	private static final Set<String> ARCHIVES = Set.of("zip", "7z", "rar", "tar", "gz", "tgz", "bz2", "xz", "zst",
			"jar", "war", "ear", "cab", "iso", "lz", "lzma", "z");

	/** Formats whose container is itself a ZIP, taken as documents. */
	private static final Set<String> ZIP_DOCUMENTS = Set.of("docx", "xlsx", "pptx", "odt", "ods", "odp", "epub", "ofd");

	private ZipGuard() {
	}

	/**
	 * @param maxEntrySize the largest entry, uncompressed, in bytes
	 * @param maxTotalSize the most all entries may hold, uncompressed, in bytes
	 * @param maxRatio the highest compression ratio of an entry (and of the ZIP) over
	 * {@code ratioFloor}
	 * @param ratioFloor entries (and totals) smaller than this are not judged by ratio
	 */
	public record Limits(long maxEntrySize, long maxTotalSize, int maxRatio, long ratioFloor) {

	}

	/**
	 * Checks every entry; answers the names of the files (folders left out) in ZIP order.
	 * @param exempt names not checked for being an archive themselves
	 */
	public static List<String> check(Path zip, Limits limits, Predicate<String> exempt) {
		try (ZipFile file = new ZipFile(zip.toFile())) {
			List<String> names = new ArrayList<>();
			long total = 0;
			Enumeration<? extends ZipEntry> entries = file.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				String name = entry.getName();
				checkName(name);
				if (entry.isDirectory()) {
					continue;
				}
				total += measure(file, entry, total, limits);
				if (!exempt.test(name)) {
					checkNotArchive(file, entry);
				}
				names.add(name);
			}
			long zipSize = Files.size(zip);
			if (total > limits.ratioFloor() && total / Math.max(1, zipSize) > limits.maxRatio()) {
				throw refused("intake.error.zipRatio", limits.maxRatio());
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

	public static void checkName(String name) {
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
	private static long measure(ZipFile file, ZipEntry entry, long before, Limits limits) throws IOException {
		long compressed = Math.max(1, entry.getCompressedSize());
		byte[] buffer = new byte[64 * 1024];
		long size = 0;
		try (InputStream in = file.getInputStream(entry)) {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				size += n;
				if (size > limits.maxEntrySize()) {
					throw refused("intake.error.entryTooLarge", entry.getName(), limits.maxEntrySize() / (1024 * 1024));
				}
				if (before + size > limits.maxTotalSize()) {
					throw refused("intake.error.totalTooLarge", limits.maxTotalSize() / (1024 * 1024));
				}
				if (size > limits.ratioFloor() && size / compressed > limits.maxRatio()) {
					throw refused("intake.error.entryRatio", entry.getName(), limits.maxRatio());
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
