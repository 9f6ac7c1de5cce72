package vn.luutru.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.luutru.agency.AgencyDirectory;
import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.ConflictException;
import vn.luutru.common.NotFoundException;
import vn.luutru.common.ProblemTexts;
import vn.luutru.common.Problems;
import vn.luutru.content.ContentStore;
import vn.luutru.content.GeneratedContent;
import vn.luutru.content.StagedContent;
import vn.luutru.file.RecordFile;
import vn.luutru.file.RecordFileLifecycle;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.CurrentUsers;
import vn.luutru.security.Role;
import vn.luutru.transfer.PackageFiles;
import vn.luutru.transfer.pkg.Agency;
import vn.luutru.transfer.pkg.PackageRequest;
import vn.luutru.transfer.pkg.PackageType;
import vn.luutru.transfer.pkg.SchemaFiles;
import vn.luutru.transfer.pkg.TransferPackageWriter;

/**
 * Export to the national archive database (DOMAIN.md target 6): each permanent file the
 * historical archive holds becomes an E-ARK AIP of its own (the file's Circular 05/2025
 * fields, its documents as preserved, PREMIS), stored and recorded in
 * {@code lt_national_export} with the package's SHA-256. A run is exported a chunk at a
 * time ({@code luutru.exchange.national-export-chunk-files}): each file in a transaction
 * of its own, so a call cut short keeps what it exported and the next call goes on with
 * the rest. A file whose package cannot be written is recorded as failed on the run, with
 * why (audited), and skipped: the run ends FINISHED_WITH_ERRORS, and a retry (or a new
 * run of every file not exported) tries it again. Managers and the historical archive
 * only.
 */
@Service
public class NationalExports {

	private final NationalExportMapper mapper;

	private final RecordFileLifecycle files;

	private final AgencyDirectory agencies;

	private final PackageFiles packageFiles;

	private final ContentStore store;

	private final AuditService audit;

	private final ExchangeSettings settings;

	private final ProblemTexts texts;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	private final TransferPackageWriter writer = new TransferPackageWriter(SchemaFiles.onClasspath("schemas"));

	NationalExports(NationalExportMapper mapper, RecordFileLifecycle files, AgencyDirectory agencies,
			PackageFiles packageFiles, ContentStore store, AuditService audit, ExchangeSettings settings,
			ProblemTexts texts, Clock clock, PlatformTransactionManager transactions) {
		this.mapper = mapper;
		this.files = files;
		this.agencies = agencies;
		this.packageFiles = packageFiles;
		this.store = store;
		this.audit = audit;
		this.settings = settings;
		this.texts = texts;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** Starts a run and exports its first chunk. */
	public NationalExportView start(NewNationalExport request) {
		CurrentUser user = exporter();
		long archiveId = (user.has(Role.HISTORICAL_ARCHIVE) && user.agencyId() != null) ? user.agencyId()
				: historicalArchiveId();
		List<Long> chosen = chosen(request, archiveId);
		Long runId = this.ownTransaction.execute((tx) -> {
			NationalExportMapper.NewRun run = new NationalExportMapper.NewRun(user.userId(),
					this.clock.instant().truncatedTo(ChronoUnit.MILLIS), chosen.size());
			this.mapper.insertRun(run);
			this.mapper.insertRunFiles(run.getId(), chosen);
			return run.getId();
		});
		return exportChunk(runId, user.userId());
	}

	/** Exports the next chunk of a run still running; a completed run stays as it is. */
	public NationalExportView next(long runId) {
		CurrentUser user = exporter();
		require(runId);
		return exportChunk(runId, user.userId());
	}

	/**
	 * Tries the failed files of a finished run again: the run is running again and goes
	 * on as a new one would. A run with no failed file is refused (409).
	 */
	public NationalExportView retry(long runId) {
		CurrentUser user = exporter();
		require(runId);
		this.ownTransaction.executeWithoutResult((tx) -> {
			int cleared = this.mapper.clearFailed(runId);
			if (cleared == 0) {
				throw new ConflictException("nationalExport.conflict.nothingFailed", runId);
			}
			this.mapper.updateProgress(runId);
			this.audit.record(AuditAction.NATIONAL_EXPORT_RETRIED, "national_export", String.valueOf(runId), null,
					Map.of("files", cleared));
		});
		return exportChunk(runId, user.userId());
	}

	/**
	 * Goes on with every run still running, one chunk each, in the name of whoever asked
	 * for it: a run finishes by itself, and one a killed node left halfway is taken up
	 * again (a file two nodes export at once keeps the first row; see exportFile).
	 */
	public void continueRunning() {
		for (NationalExportRun run : this.mapper.findRunning()) {
			exportChunk(run.id(), run.requestedBy());
		}
	}

	public NationalExportView get(long runId) {
		exporter();
		return view(runId);
	}

	/** One exported package, to stream; the caller closes it. */
	public Download download(long runId, String fileCode) throws IOException {
		exporter();
		require(runId);
		ExportedFile exported = this.mapper.findExported(runId)
			.stream()
			.filter((e) -> e.fileCode().equals(fileCode))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("fileCode", fileCode));
		if (!this.store.exists(exported.packageSha256())) {
			throw new NotFoundException("package", fileCode);
		}
		return new Download(exported, this.store.open(exported.packageSha256()));
	}

	private NationalExportView exportChunk(long runId, String userId) {
		for (Long fileId : this.mapper.findPending(runId, this.settings.nationalExportChunkFiles())) {
			RecordFile file = this.files.require(fileId);
			try {
				exportFile(runId, file, userId);
			}
			catch (RuntimeException ex) {
				if (!ExportFailure.ofTheFile(ex)) {
					throw ex;
				}
				recordFailure(runId, file, ExportFailure.of(ex, this.texts));
			}
		}
		this.ownTransaction.executeWithoutResult((tx) -> this.mapper.updateProgress(runId));
		return view(runId);
	}

	private NationalExportView view(long runId) {
		return new NationalExportView(require(runId), this.mapper.findExported(runId), this.mapper.findFailed(runId));
	}

	/**
	 * The file is skipped with why, audited; a run that marked it first keeps its mark.
	 */
	private void recordFailure(long runId, RecordFile file, ExportFailure failure) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		this.ownTransaction.executeWithoutResult((tx) -> {
			if (this.mapper.markFailed(runId, file.id(), now, failure.reason(), failure.reasonEn()) == 1) {
				this.audit.record(AuditAction.NATIONAL_EXPORT_FAILED, "record_file", file.fileCode(), file.agencyId(),
						Map.of("run", runId, "reason", failure.reason()));
			}
		});
	}

	/**
	 * Writes and stores the file's package and records it, together; a run exporting the
	 * same file first keeps its row, and these bytes are left to the content
	 * reconciliation.
	 */
	private void exportFile(long runId, RecordFile file, String userId) {
		vn.luutru.agency.Agency owner = this.agencies.require(file.agencyId());
		vn.luutru.agency.Agency archive = this.agencies.require(file.custodyAgencyId());
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		String packageId = "uuid-" + UUID.nameUUIDFromBytes(("NATIONAL\n" + runId).getBytes(StandardCharsets.UTF_8));
		PackageRequest request = new PackageRequest(packageId, PackageType.AIP,
				new Agency(archive.code(), archive.name()),
				new Agency(this.settings.nationalDatabaseCode(), this.settings.nationalDatabaseName()),
				"XK-CSDLQG-" + runId, now, "LuuTru", "0.1",
				List.of(this.packageFiles.of(file, new Agency(owner.code(), owner.name()), owner.fondsCode())));
		String objectId = TransferPackageWriter.packageIdOf(packageId, file.fileCode());
		this.ownTransaction.executeWithoutResult((tx) -> {
			StagedContent stored;
			try {
				stored = GeneratedContent.store(this.store, (out) -> this.writer.write(request, out));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			if (this.mapper.insertExported(runId, file.id(), file.agencyId(), file.fileCode(), objectId,
					stored.sha256(), stored.size(), now, userId) == 1) {
				this.audit.record(AuditAction.NATIONAL_EXPORTED, "record_file", file.fileCode(), file.agencyId(),
						Map.of("run", runId, "objectId", objectId, "sha256", stored.sha256(), "size", stored.size()));
			}
		});
	}

	private List<Long> chosen(NewNationalExport request, long archiveId) {
		boolean all = request != null && Boolean.TRUE.equals(request.all());
		List<Long> ids = (request != null && request.fileIds() != null) ? request.fileIds() : List.of();
		if (all == !ids.isEmpty()) {
			new Problems().add("fileIds", "error.nationalExportScope").throwIfAny();
		}
		if (all) {
			List<Long> left = this.mapper.findExportable(null, archiveId, true);
			if (left.isEmpty()) {
				new Problems().add("all", "error.nationalExportNothing").throwIfAny();
			}
			return left;
		}
		Problems missing = new Problems();
		for (int i = 0; i < ids.size(); i++) {
			if (ids.get(i) == null) {
				missing.add("fileIds[" + i + "]", "error.required");
			}
		}
		missing.throwIfAny();
		List<Long> exportable = this.mapper.findExportable(List.copyOf(new java.util.LinkedHashSet<>(ids)), archiveId,
				false);
		Problems problems = new Problems();
		List<Long> chosen = new ArrayList<>();
		for (Long id : new java.util.LinkedHashSet<>(ids)) {
			if (!exportable.contains(id)) {
				problems.add("fileIds", "error.nationalExportFile", String.valueOf(id));
			}
			else {
				chosen.add(id);
			}
		}
		problems.throwIfAny();
		return chosen;
	}

	private NationalExportRun require(long runId) {
		NationalExportRun run = this.mapper.findRun(runId);
		if (run == null) {
			throw new NotFoundException("national_export", runId);
		}
		return run;
	}

	private long historicalArchiveId() {
		return this.agencies.historicalArchive().orElseThrow(() -> new NotFoundException("agency", "historical")).id();
	}

	/**
	 * The historical archive's officers and managers export; everybody else is refused.
	 */
	private static CurrentUser exporter() {
		CurrentUser user = CurrentUsers.require();
		if (!user.has(Role.MANAGER) && !user.has(Role.HISTORICAL_ARCHIVE)) {
			throw new AccessDeniedException("only managers and the historical archive export to the national database");
		}
		return user;
	}

	/** An exported package and its bytes; the caller closes them. */
	public record Download(ExportedFile file, InputStream content) {

	}

}
