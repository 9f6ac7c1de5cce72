package vn.luutru.transfer.pkg;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A document (văn bản) of a record file with its Circular 05/2025 metadata
 * ({@code EAD_doc}). Codes are the circular's: type 01–32, access mode 01–03, confidence
 * level 01–03, language 01–11 (several separated by commas).
 *
 * @param docCode file code + "." + position, e.g. {@code 000.00.12.H53.2024.01.VP.1} (the
 * circular's {@code docId}); it names the data file in the package
 * @param typeCode type of document, 01–32; {@code typeName} is its Vietnamese name
 * @param numberOfPage pages; null when unknown
 * @param physicalFormat physical condition ({@code format}), 01 good, 02 normal, 03
 * damaged
 * @param signer position and name of the signer; kept in PREMIS (AIP) as a significant
 * property, since the circular's {@code EAD_doc} has no field for it
 * @param schemaVersion the metadata schema the document was captured under, e.g.
 * {@code TT05-2025}
 */
public record PackageDocument(String docCode, int position, String typeCode, String typeName, String codeNumber,
		String codeNotation, LocalDate issuedDate, String organName, String subject, String language,
		Integer numberOfPage, String inforSign, String keywords, String accessMode, String confidenceLevel,
		String autograph, String physicalFormat, String description, String signer, String schemaVersion,
		DocumentContent content) {

	/**
	 * Letters, digits, dots, hyphens, underscores: safe as a file name, a URL and an XML
	 * id part.
	 */
	private static final Pattern SAFE_CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");

	public PackageDocument {
		if (docCode == null || !SAFE_CODE.matcher(docCode).matches()) {
			throw new IllegalArgumentException("docCode may hold letters, digits, '.', '-' and '_' only: " + docCode);
		}
		if (position < 1) {
			throw new IllegalArgumentException("position starts at 1: " + position);
		}
		Objects.requireNonNull(content, "content");
	}

}
