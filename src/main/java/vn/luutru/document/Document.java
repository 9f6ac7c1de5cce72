package vn.luutru.document;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A captured document: its Circular 05/2025 metadata and where and what its content is.
 *
 * @param docCode file code + "." + position
 * @param paperFileCode the code of the paper original of a digitised document (Circular
 * 05/2025 paperFileCode); null for a born-digital one
 * @param pdfaStatus NOT_APPLICABLE (not a PDF), NOT_PDFA, PENDING, COMPLIANT or
 * NON_COMPLIANT (ERROR when the content could not be read)
 * @param formatPuid the PRONOM format identifier of the content (e.g. fmt/276), UNKNOWN
 * when no signature identifies it; null until a document captured before identification
 * existed has been identified
 */
public record Document(Long id, Long fileId, int position, String docCode, String typeName, String codeNumber,
		String codeNotation, LocalDate issuedDate, String organName, String subject, String language, int pageCount,
		int sheetCount, String inforSign, String keywords, String accessMode, String confidenceLevel, String autograph,
		String physicalFormat, String description, String signerPosition, String signerName, String schemaVersion,
		String contentSha256, long contentSize, String mediaType, String originalName, String pdfaDeclared,
		String pdfaStatus, String pdfaReport, String capturedBy, Instant capturedAt, Instant contentErasedAt,
		String paperFileCode, String formatPuid) {

}
