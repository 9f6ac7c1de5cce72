package vn.luutru.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.stream.XMLStreamException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.NotFoundException;
import vn.luutru.document.DocumentQueries;
import vn.luutru.file.RecordFile;
import vn.luutru.file.RecordFileQueries;
import vn.luutru.forms.PrintMark;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.CurrentUsers;
import vn.luutru.security.Role;

/**
 * Exports a whole record file for whoever may read it: an officer of its agency or of the
 * archive that keeps it, a manager. Readers read in the reading room and download
 * nothing; the archive hands them marked copies as a DIP. The export is written to a
 * temporary file first, and only a complete one is audited and handed out.
 */
@Service
public class FileExports {

	private final RecordFileQueries files;

	private final DocumentQueries documents;

	private final AuditService audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	FileExports(RecordFileQueries files, DocumentQueries documents, AuditService audit,
			PlatformTransactionManager transactions, Clock clock) {
		this.files = files;
		this.documents = documents;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** The file as one PDF, for an officer who may read it. */
	public ExportOutput pdf(long fileId) {
		return write(officersFile(fileId), ExportFormat.PDF);
	}

	/** The file's metadata as one XML, for an officer who may read it. */
	public ExportOutput xml(long fileId) {
		return write(officersFile(fileId), ExportFormat.XML);
	}

	/**
	 * The file if the officer may read it; another agency's file answers 404 exactly as a
	 * missing one, so that its id tells nothing. A reader exports nothing.
	 */
	private RecordFile officersFile(long fileId) {
		CurrentUser user = CurrentUsers.require();
		RecordFile file = this.files.find(fileId);
		if (file == null || user.has(Role.READER) || !user.canSee(file.agencyId(),
				(file.custodyAgencyId() != null) ? file.custodyAgencyId() : file.agencyId())) {
			throw new NotFoundException("record_file", fileId);
		}
		return file;
	}

	private ExportOutput write(RecordFile file, ExportFormat format) {
		CurrentUser user = CurrentUsers.require();
		Instant now = this.clock.instant();
		LocalDateTime local = LocalDateTime.ofInstant(now, this.clock.getZone());
		ExportedFile export = new ExportedFile(file, this.documents.ofFile(file.id()),
				PrintMark.line(user.printedName(), local));
		Path out = null;
		Path work = null;
		try {
			out = Files.createTempFile("luutru-export-", format.suffix());
			work = Files.createTempDirectory("luutru-export-");
			try (OutputStream stream = Files.newOutputStream(out)) {
				if (format == ExportFormat.PDF) {
					FilePdf.write(export, this.documents::open, work, stream);
				}
				else {
					FileXml.write(export, user.printedName(), now, stream);
				}
			}
			Path written = out;
			this.transaction.executeWithoutResult((tx) -> audited(export, format, written));
			return new ExportOutput(out, file.fileCode() + format.suffix(), format.mediaType());
		}
		catch (IOException | XMLStreamException | RuntimeException ex) {
			delete(out);
			if (ex instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new UncheckedIOException(
					(ex instanceof IOException io) ? io : new IOException("export of " + file.fileCode(), ex));
		}
		finally {
			delete(work);
		}
	}

	private void audited(ExportedFile export, ExportFormat format, Path written) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("format", format.name().toLowerCase(java.util.Locale.ROOT));
		details.put("documents", export.documents().size());
		try {
			details.put("bytes", Files.size(written));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.audit.record(AuditAction.FILE_EXPORTED, "record_file", export.file().fileCode(), export.file().agencyId(),
				details);
	}

	private static void delete(Path path) {
		if (path == null) {
			return;
		}
		try (Stream<Path> paths = Files.walk(path)) {
			paths.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		catch (IOException ex) {
			path.toFile().deleteOnExit();
		}
	}

}
