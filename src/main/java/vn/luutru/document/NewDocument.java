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

	String paperFileCode;

	String autograph;

	String physicalFormat;

	String description;

	String signerPosition;

	String signerName;

	String schemaVersion;

	String contentSha256;

	long contentSize;

	String mediaType;

	String formatPuid;

	String originalName;

	String pdfaDeclared;

	String pdfaStatus;

	String capturedBy;

	Instant capturedAt;

	/** The document as stored: no PDF/A report yet, content not erased. */
	Document toDocument() {
		return new Document(this.id, this.fileId, this.position, this.docCode, this.typeName, this.codeNumber,
				this.codeNotation, this.issuedDate, this.organName, this.subject, this.language, this.pageCount,
				this.sheetCount, this.inforSign, this.keywords, this.accessMode, this.confidenceLevel, this.autograph,
				this.physicalFormat, this.description, this.signerPosition, this.signerName, this.schemaVersion,
				this.contentSha256, this.contentSize, this.mediaType, this.originalName, this.pdfaDeclared,
				this.pdfaStatus, null, this.capturedBy, this.capturedAt, null, this.paperFileCode, this.formatPuid);
	}

}
