package vn.luutru.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells apart the formats that share a container, where tika-core's magic stops at the
 * container: ZIP (DOCX, XLSX, ODT, ODS, ...), OLE2 (DOC, XLS), ASF (WMA, WMV) and ISO
 * base media (MP4). Reads only the container's directory (ZIP central directory, OLE2
 * directory) or the head, never the payload.
 */
final class ContainerFormats {

	static final String ZIP = "application/zip";

	static final String OOXML = "application/x-tika-ooxml";

	static final String OLE2 = "application/x-tika-msoffice";

	static final String ASF = "video/x-ms-asf";

	static final String QUICKTIME = "video/quicktime";

	private static final int MAX_PART = 1024 * 1024;

	private static final Pattern MAIN_PART = Pattern.compile("ContentType\\s*=\\s*[\"']([^\"']+)\\.main\\+xml[\"']",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9.+-]+/[a-z0-9.+-]+");

	private static final byte[] ASF_VIDEO_MEDIA = ByteScan.bytes(0xc0, 0xef, 0x19, 0xbc, 0x4d, 0x5b, 0xcf, 0x11, 0xa8,
			0xfd, 0x00, 0x80, 0x5f, 0x5c, 0x44, 0x2b);

	private static final byte[] ASF_AUDIO_MEDIA = ByteScan.bytes(0x40, 0x9e, 0x69, 0xf8, 0x4d, 0x5b, 0xcf, 0x11, 0xa8,
			0xfd, 0x00, 0x80, 0x5f, 0x5c, 0x44, 0x2b);

	private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "iso7", "iso8",
			"iso9", "avc1", "mp41", "mp42", "mp71", "dash", "mmp4", "MSNV", "NDAS", "f4v ", "XAVC", "M4VP");

	private ContainerFormats() {
	}

	/** The container's content was unreadable although its end was present. */
	static final class UnreadableException extends Exception {

		UnreadableException(Throwable cause) {
			super(cause);
		}

	}

	/**
	 * @param magic the type tika-core gave from the head
	 * @return the more specific type, or {@code magic} when there is none
	 */
	static String refine(String magic, Path file, byte[] head) throws IOException, UnreadableException {
		return switch (magic) {
			case ZIP, OOXML -> zipFormat(magic, file);
			case OLE2 -> ole2Format(file);
			case ASF -> ByteScan.contains(head, ASF_VIDEO_MEDIA) ? "video/x-ms-wmv"
					: ByteScan.contains(head, ASF_AUDIO_MEDIA) ? "audio/x-ms-wma" : ASF;
			case QUICKTIME -> isoBaseMedia(head) ? "video/mp4" : QUICKTIME;
			default -> magic;
		};
	}

	private static String zipFormat(String magic, Path file) throws IOException, UnreadableException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry mimetype = zip.getEntry("mimetype");
			if (mimetype != null) {
				// ODF and EPUB name their type in a small first entry.
				String type = read(zip, mimetype, 256).trim().toLowerCase(Locale.ROOT);
				return MEDIA_TYPE.matcher(type).matches() ? type : ZIP;
			}
			ZipEntry contentTypes = zip.getEntry("[Content_Types].xml");
			if (contentTypes != null) {
				return ooxmlFormat(read(zip, contentTypes, MAX_PART));
			}
			return ZIP;
		}
		catch (ZipException ex) {
			throw new UnreadableException(ex);
		}
	}

	/**
	 * OOXML names the type of its main part; the file's type is the part's, minus
	 * ".main+xml".
	 */
	private static String ooxmlFormat(String contentTypes) {
		Matcher main = MAIN_PART.matcher(contentTypes);
		if (!main.find()) {
			return OOXML;
		}
		String type = main.group(1).toLowerCase(Locale.ROOT);
		return type.endsWith(".macroenabled") ? type + ".12" : type;
	}

	private static String read(ZipFile zip, ZipEntry entry, int max) throws IOException {
		try (InputStream in = zip.getInputStream(entry)) {
			return new String(in.readNBytes(max), StandardCharsets.UTF_8);
		}
	}

	private static String ole2Format(Path file) throws UnreadableException {
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryEntry root = fs.getRoot();
			if (root.hasEntry("WordDocument")) {
				return "application/msword";
			}
			if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
				return "application/vnd.ms-excel";
			}
			if (root.hasEntry("PowerPoint Document")) {
				return "application/vnd.ms-powerpoint";
			}
			if (root.hasEntry("EncryptedPackage")) {
				return "application/x-tika-ooxml-protected";
			}
			return OLE2;
		}
		catch (IOException | RuntimeException ex) {
			// The head and tail were read moments ago, so this is a broken directory.
			throw new UnreadableException(ex);
		}
	}

	/** An ISO base media file ("ftyp" box) that is not QuickTime proper is an MP4. */
	private static boolean isoBaseMedia(byte[] head) {
		if (!ByteScan.startsWith(head, 4, "ftyp") || head.length < 12) {
			return false;
		}
		int boxSize = ((head[0] & 0xff) << 24) | ((head[1] & 0xff) << 16) | ((head[2] & 0xff) << 8) | (head[3] & 0xff);
		int end = Math.min(head.length, Math.max(boxSize, 12));
		// Major brand at 8, minor version at 12, compatible brands from 16.
		for (int offset = 8; offset + 4 <= end; offset += (offset == 8) ? 8 : 4) {
			if (MP4_BRANDS.contains(new String(head, offset, 4, StandardCharsets.ISO_8859_1))) {
				return true;
			}
		}
		return false;
	}

}
