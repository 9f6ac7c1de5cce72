package vn.luutru.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

import org.springframework.stereotype.Component;

/**
 * Identifies an upload from its bytes with tika-core's magic, refined for shared
 * containers by {@link ContainerFormats}. Reads are bounded whatever the file's size: the
 * first 64 KB, a tail of at most 64 KB (truncation), the directory of a ZIP or OLE2
 * container, and for PDFs a strict parse of the whole structure ({@link PdfIntegrity},
 * from the file with temp-file caches) and one streaming pass with a 64 KB buffer for the
 * PDF/A claim.
 * <p>
 * Problems, first one wins: empty, truncated, corrupt container, bytes contradicting the
 * declared media type or the file-name extension, format not in {@link ContentFormats}. A
 * text or XML file takes the narrower type its name gives (notes.csv is text/csv), as
 * Tika does, so scripts and HTML named as such are refused even without a magic marker.
 */
@Component
class TikaContentInspector implements ContentInspector {

	static final String EMPTY = "error.contentEmpty";

	static final String TRUNCATED = "error.contentTruncated";

	static final String CORRUPT = "error.contentCorrupt";

	static final String MISMATCH = "error.formatMismatch";

	static final String NOT_ACCEPTED = "error.formatNotAccepted";

	private static final int HEAD = 64 * 1024;

	private static final MediaType PDF = MediaType.application("pdf");

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	/** Generic types that a name may narrow: a text file named .csv is text/csv. */
	private static final Set<MediaType> NARROWABLE = Set.of(MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML);

	private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();

	private final MediaTypeRegistry registry = this.mimeTypes.getMediaTypeRegistry();

	private final Set<MediaType> accepted;

	TikaContentInspector(ContentFormats formats) {
		this.accepted = formats.accepted()
			.stream()
			.map((type) -> this.registry.normalize(MediaType.parse(type.trim())))
			.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public ContentReport inspect(Path file, String fileName, String declaredMediaType) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long size = channel.size();
			if (size == 0) {
				return problem(MediaType.OCTET_STREAM, EMPTY);
			}
			byte[] head = ByteScan.read(channel, 0, (int) Math.min(size, HEAD));
			// PDF is by far the commonest upload and its magic is fixed: skip the full
			// scan.
			MediaType magic = startsWith(head, PDF_MAGIC) ? PDF
					: this.mimeTypes.detect(new ByteArrayInputStream(head), new Metadata());
			if (ContentEnds.truncated(kind(magic), channel, size)) {
				return problem(magic, TRUNCATED);
			}
			MediaType type;
			try {
				type = MediaType.parse(ContainerFormats.refine(magic.toString(), file, head));
			}
			catch (ContainerFormats.UnreadableException ex) {
				return problem(magic, CORRUPT);
			}
			MediaType byName = byName(fileName);
			MediaType declared = declared(declaredMediaType);
			type = narrow(narrow(type, byName), declared);
			for (MediaType claimed : new MediaType[] { declared, byName }) {
				if (claimed != null && !compatible(type, claimed)) {
					return problem(type, MISMATCH, type.toString(), claimed.toString());
				}
			}
			if (!this.accepted.contains(type)) {
				return problem(type, NOT_ACCEPTED, type.toString());
			}
			if (type.equals(PDF)) {
				String damage = PdfIntegrity.problem(file, channel, size);
				if (damage != null) {
					return problem(type, damage);
				}
			}
			String pdfa = type.equals(PDF) ? PdfaClaim.scan(channel) : null;
			return new ContentReport(type.toString(), null, pdfa);
		}
	}

	private static boolean startsWith(byte[] head, byte[] prefix) {
		if (head.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (head[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private ContentEnds.Kind kind(MediaType type) {
		if (this.registry.isInstanceOf(type, PDF)) {
			return ContentEnds.Kind.PDF;
		}
		if (this.registry.isInstanceOf(type, MediaType.application("zip"))) {
			return ContentEnds.Kind.ZIP;
		}
		if (type.equals(MediaType.image("jpeg"))) {
			return ContentEnds.Kind.JPEG;
		}
		return type.equals(MediaType.image("png")) ? ContentEnds.Kind.PNG : ContentEnds.Kind.OTHER;
	}

	/** The type the file name's extension stands for; null when it says nothing. */
	private MediaType byName(String fileName) throws IOException {
		if (fileName == null || fileName.isBlank()) {
			return null;
		}
		Metadata metadata = new Metadata();
		metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
		MediaType type = this.mimeTypes.detect(null, metadata);
		return MediaType.OCTET_STREAM.equals(type) ? null : type;
	}

	/**
	 * The declared type if Tika knows it; an unknown or generic declaration says nothing.
	 */
	private MediaType declared(String declaredMediaType) {
		MediaType parsed = (declaredMediaType != null) ? MediaType.parse(declaredMediaType.trim()) : null;
		if (parsed == null) {
			return null;
		}
		MediaType type = this.registry.normalize(parsed.getBaseType());
		try {
			boolean known = this.mimeTypes.getRegisteredMimeType(type.toString()) != null;
			return (known && !MediaType.OCTET_STREAM.equals(type)) ? type : null;
		}
		catch (MimeTypeException ex) {
			return null;
		}
	}

	private MediaType narrow(MediaType type, MediaType claimed) {
		boolean narrower = claimed != null && NARROWABLE.contains(type)
				&& this.registry.isSpecializationOf(claimed, type);
		return narrower ? claimed : type;
	}

	private boolean compatible(MediaType detected, MediaType claimed) {
		return this.registry.isInstanceOf(detected, claimed) || this.registry.isInstanceOf(claimed, detected);
	}

	private static ContentReport problem(MediaType type, String code, String... args) {
		return new ContentReport(type.toString(), code, null, List.of(args));
	}

}
