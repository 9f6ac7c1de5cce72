package vn.luutru.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.ConflictException;
import vn.luutru.common.ProblemTexts;
import vn.luutru.common.Problems;
import vn.luutru.common.Text;
import vn.luutru.content.ContentInspector;
import vn.luutru.content.PronomIdentifier;
import vn.luutru.content.ContentReport;
import vn.luutru.content.ContentStore;
import vn.luutru.content.StagedContent;
import vn.luutru.file.FileCodes;
import vn.luutru.file.FileStatus;
import vn.luutru.file.RecordFile;
import vn.luutru.file.RecordFileService;
import vn.luutru.security.CurrentUsers;

/**
 * Captures a document into an open file: the content is streamed to the store's staging
 * area (hashed on the way) and inspected before any row is written; then, in one
 * transaction, the file is locked and the metadata checked against it, and the document
 * row, the file's totals, the audit event and the content's move into place commit
 * together. The document returned is built from the values written, not read back.
 */
@Service
public class DocumentCapture {

	private final RecordFileService files;

	private final DocumentMapper mapper;

	private final DocumentMetadataCheck metadataCheck;

	private final ContentStore store;

	private final ContentObjects objects;

	private final DocumentQueries documents;

	private final ContentInspector inspector;

	private final PronomIdentifier pronom;

	private final AuditService audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	/** Binds the files the current transaction locked ({@link #lockFile}). */
	private final Object lockedFiles = new Object();

	private final ProblemTexts texts;

	DocumentCapture(RecordFileService files, DocumentMapper mapper, DocumentMetadataCheck metadataCheck,
			ContentStore store, ContentObjects objects, DocumentQueries documents, ContentInspector inspector,
			PronomIdentifier pronom, AuditService audit, TransactionTemplate transaction, Clock clock,
			ProblemTexts texts) {
		this.texts = texts;
		this.files = files;
		this.mapper = mapper;
		this.metadataCheck = metadataCheck;
		this.store = store;
		this.objects = objects;
		this.documents = documents;
		this.inspector = inspector;
		this.pronom = pronom;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
	}

	@PreAuthorize("hasAnyRole('CLERK','ARCHIVIST')")
	public CapturedDocument capture(long fileId, DocumentMetadata metadata, String fileName, String contentType,
			InputStream content) throws IOException {
		StagedContent staged = this.store.stage(content);
		try {
			return register(fileId, metadata, fileName, contentType, staged);
		}
		finally {
			this.store.discard(staged);
		}
	}

	/**
	 * Captures content staged already (an upload streamed into the store while it was
	 * read); the caller discards the staged content if it is not placed.
	 */
	@PreAuthorize("hasAnyRole('CLERK','ARCHIVIST')")
	public CapturedDocument capture(long fileId, DocumentMetadata metadata, String fileName, String contentType,
			StagedContent staged) throws IOException {
		return register(fileId, metadata, fileName, contentType, staged);
	}

	/**
	 * Captures content staged and inspected already ({@link #inspect}): a bulk intake
	 * inspects a batch's contents on several threads, then captures them one after the
	 * other in its transaction.
	 */
	@PreAuthorize("hasAnyRole('CLERK','ARCHIVIST')")
	public CapturedDocument capture(long fileId, DocumentMetadata metadata, String fileName, StagedContent staged,
			InspectedContent inspected) {
		return register(fileId, metadata, fileName, inspected, staged);
	}

	/**
	 * What a capture learns of the bytes before any row is written: the inspection (type,
	 * integrity, PDF/A claim) and the PRONOM format. Reads the content (a whole pass for
	 * a PDF), takes no lock and no connection; safe on any thread.
	 */
	public InspectedContent inspect(StagedContent staged, String fileName, String contentType) throws IOException {
		ContentReport report = this.inspector.inspect(staged.file(), Text.clean(fileName), contentType);
		String puid = report.acceptable()
				? this.pronom.identify(staged.file(), Text.clean(fileName), report.mediaType()) : null;
		return new InspectedContent(report, puid);
	}

	private CapturedDocument register(long fileId, DocumentMetadata metadata, String fileName, String contentType,
			StagedContent staged) throws IOException {
		// Inspection before the transaction, so that no lock or connection waits on it.
		return register(fileId, metadata, fileName, inspect(staged, fileName, contentType), staged);
	}

	private CapturedDocument register(long fileId, DocumentMetadata metadata, String fileName,
			InspectedContent inspected, StagedContent staged) {
		ContentReport report = inspected.report();
		String puid = inspected.puid();
		if (report.acceptable()) {
			// Both copies forced together, and outside the file's lock; a store that
			// cannot write them is unavailable (503), as when placing them.
			try {
				this.store.makeDurable(List.of(staged));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return this.transaction.execute((tx) -> register(fileId, metadata, fileName, report, puid, staged));
	}

	/**
	 * One transaction: the file locked (scoped to the user's agency in SQL), the metadata
	 * checked against it, the row, the file's totals, the content moved into place and
	 * the audit event.
	 */
	private CapturedDocument register(long fileId, DocumentMetadata metadata, String fileName, ContentReport report,
			String puid, StagedContent staged) {
		RecordFile file = lockFile(fileId);
		Problems problems = new Problems();
		NewDocument doc = this.metadataCheck.check(metadata, file, fileName, problems);
		if (!report.acceptable()) {
			problems.add("content", report.problem(), report.problemArgs().toArray());
		}
		problems.throwIfAny();
		if (file.status() != FileStatus.OPEN) {
			throw new ConflictException("conflict.fileNotOpen", file.fileCode(), file.status());
		}
		doc.contentSha256 = staged.sha256();
		doc.contentSize = staged.size();
		doc.mediaType = report.mediaType();
		doc.formatPuid = puid;
		doc.pdfaDeclared = report.pdfaDeclared();
		doc.pdfaStatus = !"application/pdf".equals(report.mediaType()) ? "NOT_APPLICABLE"
				: (report.pdfaDeclared() != null) ? "PENDING" : "NOT_PDFA";
		Integer position = metadata.position();
		doc.fileId = fileId;
		doc.position = (position != null) ? position : this.mapper.nextPosition(fileId);
		doc.docCode = FileCodes.documentCode(file.fileCode(), doc.position);
		// An assigned position is unique under the file's lock; a chosen one may be
		// taken.
		if (position != null && this.mapper.existsByCode(doc.docCode)) {
			new Problems().add("position", "error.duplicate", doc.docCode).throwIfAny();
		}
		doc.capturedBy = CurrentUsers.require().userId();
		// Milliseconds, as the column keeps them: the document returned is the one
		// stored.
		doc.capturedAt = Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
		this.mapper.insert(doc);
		this.files.countDocument(fileId, doc.sheetCount, doc.pageCount);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("fileCode", file.fileCode());
		details.put("sha256", doc.contentSha256);
		details.put("size", doc.contentSize);
		details.put("mediaType", doc.mediaType);
		details.put("formatPuid", doc.formatPuid);
		details.put("schemaVersion", doc.schemaVersion);
		// The content object's row stays locked to the end: an erasure of the same bytes,
		// or the clean-up after another capture of them that failed, waits and then finds
		// this document.
		this.objects.lock(doc.contentSha256);
		place(staged);
		// Audit last: the chain's head stays locked from here to the commit.
		this.audit.record(AuditAction.DOCUMENT_CAPTURED, "document", doc.docCode, file.agencyId(), details);
		return flagged(doc.toDocument(), file.agencyId());
	}

	/**
	 * The file locked for the caller (scoped to their agency), once per transaction: a
	 * chunk of an intake captures many documents into one file, and the lock and the
	 * columns the capture reads (code, status, agency, access mode) hold to the commit.
	 */
	private RecordFile lockFile(long fileId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return this.files.lockWritable(fileId);
		}
		@SuppressWarnings("unchecked")
		Map<String, RecordFile> locked = (Map<String, RecordFile>) TransactionSynchronizationManager
			.getResource(this.lockedFiles);
		if (locked == null) {
			Map<String, RecordFile> bound = new HashMap<>();
			TransactionSynchronizationManager.bindResource(this.lockedFiles, bound);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(DocumentCapture.this.lockedFiles);
				}
			});
			locked = bound;
		}
		String key = CurrentUsers.require().userId() + "/" + fileId;
		RecordFile file = locked.get(key);
		if (file == null) {
			file = this.files.lockWritable(fileId);
			locked.put(key, file);
		}
		return file;
	}

	/** The document with the agency's documents it may duplicate, if any. */
	private CapturedDocument flagged(Document doc, long agencyId) {
		if (doc.codeNumber() == null || doc.codeNotation() == null) {
			return new CapturedDocument(doc, null, null);
		}
		List<String> same = this.mapper.findSameDocument(doc.codeNumber(), doc.codeNotation(), doc.organName(),
				agencyId, doc.id());
		if (same.isEmpty()) {
			return new CapturedDocument(doc, null, null);
		}
		String codes = String.join(", ", same);
		return new CapturedDocument(doc, same,
				this.texts.vi("warning.duplicateDocument", doc.codeNumber(), doc.codeNotation(), codes) + " / "
						+ this.texts.en("warning.duplicateDocument", doc.codeNumber(), doc.codeNotation(), codes));
	}

	/**
	 * Places the bytes; if this capture then rolls back, they are removed again unless
	 * the same bytes were captured meanwhile (not by the store itself: it would remove
	 * them after this transaction's locks are gone).
	 */
	private void place(StagedContent staged) {
		boolean placed;
		try {
			placed = this.store.place(staged);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (placed) {
			String sha256 = staged.sha256();
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						DocumentCapture.this.documents.discardIfUnused(sha256);
					}
				}
			});
		}
	}

}
