package vn.luutru.document;

import java.time.Instant;
import java.time.LocalDate;

/** The values of a document being captured; MyBatis fills in the generated id. */
class NewDocument {

	Long id;

	long fileId;

	int position;

	String docCode;

	String typeName;

	String codeNumber;

	String codeNotation;

	LocalDate issuedDate;

	String organName;

	String subject;

	String language;

	int pageCount;

	int sheetCount;

	String inforSign;

	String keywords;

	String accessMode;

	String confidenceLevel;

	String autograph;

	String physicalFormat;

	String description;

	String signerPosition;

	String signerName;

	String schemaVersion;

	String contentSha256;

	long contentSize;

	String mediaType;

	String originalName;

	String pdfaDeclared;

	String pdfaStatus;

	String capturedBy;

	Instant capturedAt;

}
