package vn.luutru.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

import uk.gov.nationalarchives.droid.container.AbstractContainerIdentifier;
import uk.gov.nationalarchives.droid.container.AbstractIdentifierEngine;
import uk.gov.nationalarchives.droid.container.ContainerFileIdentificationRequestFactory;
import uk.gov.nationalarchives.droid.container.ContainerSignatureFileReader;
import uk.gov.nationalarchives.droid.container.ole2.Ole2Identifier;
import uk.gov.nationalarchives.droid.container.ole2.Ole2IdentifierEngine;
import uk.gov.nationalarchives.droid.container.zip.ZipIdentifier;
import uk.gov.nationalarchives.droid.container.zip.ZipIdentifierEngine;
import uk.gov.nationalarchives.droid.core.BinarySignatureIdentifier;
import uk.gov.nationalarchives.droid.core.SignatureParseException;
import uk.gov.nationalarchives.droid.core.interfaces.IdentificationResult;
import uk.gov.nationalarchives.droid.core.interfaces.IdentificationResultCollection;
import uk.gov.nationalarchives.droid.core.interfaces.RequestIdentifier;
import uk.gov.nationalarchives.droid.core.interfaces.archive.ArchiveFormatResolverImpl;
import uk.gov.nationalarchives.droid.core.interfaces.archive.ContainerIdentifier;
import uk.gov.nationalarchives.droid.core.interfaces.archive.ContainerIdentifierFactoryImpl;
import uk.gov.nationalarchives.droid.core.interfaces.resource.FileSystemIdentificationRequest;
import uk.gov.nationalarchives.droid.core.interfaces.resource.RequestMetaData;
import uk.gov.nationalarchives.droid.core.interfaces.signature.SignatureFileException;

import org.springframework.core.io.Resource;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Gives content its PRONOM format identifier (PUID, e.g. fmt/276 for PDF 1.7, fmt/354 for
 * PDF/A-1b, fmt/412 for DOCX) with DROID's engine, as DROID itself does: binary
 * signatures first; for a ZIP or OLE2 match, the container signatures (Office and
 * OpenDocument formats); when no signature matches, the file name's extension (how DROID
 * identifies plain text). Of several matches the first of the highest priority is kept.
 * For a media type the settings narrow (PDF by default), the signatures of that type's
 * formats are tried first ({@link NarrowedSignatures}): a PDF is one of PDF's formats,
 * and DROID need not try the other 1,700 signatures on it (five sixths of its time);
 * every signature still runs when none of those matches.
 * <p>
 * Reads through DROID's byteseek window cache: a few windows at either end and whatever a
 * signature's variable offsets ask for, never the whole file into memory; a container's
 * directory and the few entries its signatures name. The signature files are parsed once
 * as the node starts (seconds); one instance serves every thread.
 */
@Component
public class PronomIdentifier implements SmartInitializingSingleton {

	/** Recorded when no signature and no extension identifies the content. */
	public static final String UNKNOWN = "UNKNOWN";

	private static final String ZIP_PUID = "x-fmt/263";

	private static final String OLE2_PUID = "fmt/111";

	private static final AtomicLong REQUESTS = new AtomicLong();

	private final PronomSettings settings;

	private volatile Engine engine;

	public PronomIdentifier(PronomSettings settings) {
		this.settings = settings;
	}

	/**
	 * Parses the signatures while the node starts, before it takes requests: the first
	 * capture would otherwise wait seconds for them with its upload staged, and a bad
	 * signature file stops the start instead of a capture.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		engine();
	}

	/** The version of the binary signature file, e.g. "100". */
	public String signatureVersion() {
		return engine().signatureVersion;
	}

	/**
	 * The PUID of the file's format, or {@link #UNKNOWN}.
	 * @param file the bytes
	 * @param fileName the name the content was given; its extension decides only when no
	 * signature matches, and among matches that tie
	 */
	public String identify(Path file, String fileName) throws IOException {
		return identify(file, fileName, null);
	}

	/**
	 * The PUID of the file's format, or {@link #UNKNOWN}.
	 * @param file the bytes
	 * @param fileName the name the content was given; its extension decides only when no
	 * signature matches, and among matches that tie
	 * @param mediaType the media type the content was detected as (null: not known); for
	 * a type the settings narrow, that type's formats' signatures are tried first
	 */
	public String identify(Path file, String fileName, String mediaType) throws IOException {
		String name = (fileName != null && !fileName.isBlank()) ? fileName : file.getFileName().toString();
		RequestMetaData meta = new RequestMetaData(Files.size(file), 0L, name);
		RequestIdentifier id = new RequestIdentifier(file.toUri());
		id.setParentId(REQUESTS.incrementAndGet());
		id.setNodeId(REQUESTS.incrementAndGet());
		Engine droid = engine();
		try (FileSystemIdentificationRequest request = new FileSystemIdentificationRequest(meta, id)) {
			request.open(file);
			BinarySignatureIdentifier narrowed = droid.narrowed.get(NarrowedSignatures.key(mediaType));
			if (narrowed != null) {
				IdentificationResultCollection results = narrowed.matchBinarySignatures(request);
				narrowed.removeLowerPriorityHits(results);
				// A container (ZIP, OLE2) is looked into with every signature, below.
				if (!results.getResults().isEmpty() && droid.container(results.getResults()) == null) {
					return first(results.getResults());
				}
			}
			IdentificationResultCollection results = droid.binary.matchBinarySignatures(request);
			ContainerIdentifier container = droid.container(results.getResults());
			if (container != null) {
				IdentificationResultCollection inside = container.submit(request);
				droid.binary.removeLowerPriorityHits(inside);
				if (!inside.getResults().isEmpty()) {
					return first(inside.getResults());
				}
			}
			droid.binary.removeLowerPriorityHits(results);
			if (results.getResults().isEmpty()) {
				results = droid.binary.matchExtensions(request, false);
				droid.binary.removeLowerPriorityHits(results);
			}
			return results.getResults().isEmpty() ? UNKNOWN : first(results.getResults());
		}
	}

	/** Ties are broken by PUID so that the same bytes always get the same answer. */
	private static String first(List<IdentificationResult> results) {
		return results.stream().map(IdentificationResult::getPuid).min(Comparator.naturalOrder()).orElse(UNKNOWN);
	}

	/** The signatures, parsed once (a few seconds), at start. */
	private Engine engine() {
		Engine parsed = this.engine;
		if (parsed == null) {
			synchronized (this) {
				parsed = this.engine;
				if (parsed == null) {
					parsed = new Engine(this.settings);
					this.engine = parsed;
				}
			}
		}
		return parsed;
	}

	/** DROID's binary identifier and its ZIP and OLE2 container identifiers. */
	private static final class Engine {

		private final BinarySignatureIdentifier binary;

		private final ContainerIdentifier zip;

		private final ContainerIdentifier ole2;

		private final String signatureVersion;

		/**
		 * By media type ({@link NarrowedSignatures#key}): that type's signatures only.
		 */
		private final Map<String, BinarySignatureIdentifier> narrowed = new HashMap<>();

		Engine(PronomSettings settings) {
			Path dir = null;
			try {
				dir = Files.createTempDirectory("luutru-pronom");
				Path signatures = copy(settings.signatureFile(), dir.resolve("signatures.xml"));
				Path containers = copy(settings.containerSignatureFile(), dir.resolve("containers.xml"));
				this.binary = binary(signatures, settings);
				this.signatureVersion = this.binary.getSigFile().getVersion();
				for (String type : settings.narrowedTypes()) {
					Path subset = dir.resolve("narrowed-" + this.narrowed.size() + ".xml");
					if (NarrowedSignatures.write(signatures, type, subset) > 0) {
						this.narrowed.put(NarrowedSignatures.key(type), binary(subset, settings));
					}
				}
				ContainerSignatureFileReader reader = new ContainerSignatureFile(containers);
				reader.getDefinitions();
				this.zip = container(new ZipIdentifier(), "ZIP", new ZipIdentifierEngine(), reader);
				this.ole2 = container(new Ole2Identifier(), "OLE2", new Ole2IdentifierEngine(), reader);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (SignatureParseException | SignatureFileException ex) {
				throw new IllegalStateException("PRONOM signatures unreadable: " + ex.getMessage(), ex);
			}
			finally {
				deleteQuietly(dir);
			}
		}

		private static BinarySignatureIdentifier binary(Path signatures, PronomSettings settings)
				throws SignatureParseException {
			BinarySignatureIdentifier binary = new BinarySignatureIdentifier();
			binary.setSignatureFile(signatures.toString());
			binary.init();
			if (settings.maxBytesToScan() > 0) {
				binary.setMaxBytesToScan(settings.maxBytesToScan());
			}
			binary.getSigFile().prepareForUse();
			return binary;
		}

		private ContainerIdentifier container(List<IdentificationResult> results) {
			for (IdentificationResult result : results) {
				if (ZIP_PUID.equals(result.getPuid())) {
					return this.zip;
				}
				if (OLE2_PUID.equals(result.getPuid())) {
					return this.ole2;
				}
			}
			return null;
		}

		private <T extends AbstractContainerIdentifier> T container(T identifier, String type,
				AbstractIdentifierEngine engine, ContainerSignatureFileReader reader) throws SignatureFileException {
			engine.setRequestFactory(new ContainerFileIdentificationRequestFactory());
			identifier.setContainerType(type);
			identifier.setContainerIdentifierFactory(new ContainerIdentifierFactoryImpl());
			identifier.setContainerFormatResolver(new ArchiveFormatResolverImpl());
			identifier.setDroidCore(this.binary);
			identifier.setIdentifierEngine(engine);
			identifier.setSignatureReader(reader);
			identifier.init();
			return identifier;
		}

	}

	private static Path copy(Resource resource, Path target) throws IOException {
		try (InputStream raw = resource.getInputStream();
				InputStream in = String.valueOf(resource.getFilename()).endsWith(".gz") ? new GZIPInputStream(raw)
						: raw) {
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
		}
		return target;
	}

	private static void deleteQuietly(Path dir) {
		if (dir == null) {
			return;
		}
		try (var paths = Files.walk(dir)) {
			paths.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary directory: the system cleans it up in the end
		}
	}

}
