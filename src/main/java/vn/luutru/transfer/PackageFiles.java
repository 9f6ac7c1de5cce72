package vn.luutru.transfer;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.luutru.content.PronomIdentifier;
import vn.luutru.document.Document;
import vn.luutru.document.DocumentQueries;
import vn.luutru.document.DocumentTypes;
import vn.luutru.file.RecordFile;
import vn.luutru.schedule.RetentionPeriod;
import vn.luutru.transfer.pkg.Agency;
import vn.luutru.transfer.pkg.DocumentContent;
import vn.luutru.transfer.pkg.PackageDocument;
import vn.luutru.transfer.pkg.PackageFile;

/**
 * A record file and its documents as an information package describes them (the Circular
 * 05/2025 fields): one mapping for every package LuuTru writes, a transfer's AIP, a
 * reader's DIP, an export to the national database.
 */
@Component
public class PackageFiles {

	private final DocumentQueries documents;

	PackageFiles(DocumentQueries documents) {
		this.documents = documents;
	}

	/** The file with every document's captured content. */
	public PackageFile of(RecordFile f, Agency agency, String fondsCode) {
		return of(f, agency, fondsCode,
				this.documents.ofFile(f.id()).stream().map((d) -> document(d, captured(d))).toList());
	}

	/** The file with the given documents (copies, a subset). */
	public PackageFile of(RecordFile f, Agency agency, String fondsCode, List<PackageDocument> docs) {
		return new PackageFile(agency, fondsCode, f.fileCode(), f.title(), f.maintenanceCode(),
				RetentionPeriod.of(f.maintenanceCode(), f.retentionYears()).label(), f.accessMode(), f.language(),
				f.keywords(), f.inforSign(), f.startDate(), f.endDate(), f.docTotal(), f.sheetTotal(), f.pageTotal(),
				f.confidenceLevel(), f.physicalFormat(), f.paperFileCode(), false, "02", f.description(), docs);
	}

	/** The document's content as captured, read from the content store. */
	public DocumentContent captured(Document d) {
		return new DocumentContent(d.contentSha256(), d.contentSize(), d.mediaType(), d.originalName(),
				"COMPLIANT".equals(d.pdfaStatus()) ? d.pdfaDeclared() : null, d.capturedAt(), d.capturedBy(),
				() -> this.documents.open(d.contentSha256()),
				PronomIdentifier.UNKNOWN.equals(d.formatPuid()) ? null : d.formatPuid());
	}

	/** The document's fields with the given content. */
	public PackageDocument document(Document d, DocumentContent content) {
		return new PackageDocument(d.docCode(), d.position(), d.typeName(),
				DocumentTypes.nameOf(d.typeName()).orElse(null), d.codeNumber(), d.codeNotation(), d.issuedDate(),
				d.organName(), d.subject(), d.language(), d.pageCount(), d.inforSign(), d.keywords(), d.accessMode(),
				d.confidenceLevel(), d.autograph(), d.physicalFormat(), d.description(), d.signerName(),
				d.schemaVersion(), content);
	}

}
