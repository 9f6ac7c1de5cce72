package vn.luutru.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.io.UncheckedIOException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.luutru.agency.AgencyDirectory;
import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.batch.BatchStatus;
import vn.luutru.batch.Batch;
import vn.luutru.batch.BatchLetterhead;
import vn.luutru.batch.BatchPackage;
import vn.luutru.batch.BatchService;
import vn.luutru.content.ContentStore;
import vn.luutru.content.GeneratedContent;
import vn.luutru.content.StagedContent;
import vn.luutru.document.Document;
import vn.luutru.document.DocumentQueries;
import vn.luutru.file.RecordFile;
import vn.luutru.process.StepProgress;
import vn.luutru.transfer.PackageBuildMapper.BuiltPart;
import vn.luutru.transfer.PackageBuildMapper.PackageBuild;
import vn.luutru.transfer.pkg.Agency;
import vn.luutru.transfer.pkg.FixityReport;
import vn.luutru.transfer.pkg.PackageFile;
import vn.luutru.transfer.pkg.PackageManifest;
import vn.luutru.transfer.pkg.PackagePart;
import vn.luutru.transfer.pkg.PackageRequest;
import vn.luutru.transfer.pkg.PackageType;
import vn.luutru.transfer.pkg.PreservationEvent;
import vn.luutru.transfer.pkg.SchemaFiles;
import vn.luutru.transfer.pkg.TransferPackageVerifier;
import vn.luutru.transfer.pkg.TransferPackageWriter;
import vn.luutru.transfer.pkg.ZipJoin;

/**
 * Builds a batch's package (Circular 05/2025 layout on E-ARK CSIP: METS, descriptive XML,
 * PREMIS with SHA-256 fixity, zipped) in chunks, and, on acceptance, verifies every
 * checksum in it against the content store.
 */
@Service
public class TransferPackaging {

	private final BatchService batches;

	private final DocumentQueries documents;

	private final AgencyDirectory agencies;

	/** The archive's name as every document of the batch prints it. */
	private final BatchLetterhead names;

	private final ContentStore store;

	private final AuditService audit;

	private final Clock clock;

	private final PackageBuildMapper parts;

	private final PackageFiles packageFiles;

	private final TransferSettings settings;

	private final TransactionTemplate ownTransaction;

	private final TransferPackageWriter writer = new TransferPackageWriter(SchemaFiles.onClasspath("schemas"));

	TransferPackaging(BatchService batches, DocumentQueries documents, AgencyDirectory agencies, BatchLetterhead names,
			ContentStore store, AuditService audit, Clock clock, PackageBuildMapper parts, TransferSettings settings,
			PlatformTransactionManager transactions, PackageFiles packageFiles) {
		this.packageFiles = packageFiles;
		this.parts = parts;
		this.settings = settings;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.batches = batches;
		this.names = names;
		this.documents = documents;
		this.agencies = agencies;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Packages the next chunk of the batch: at most
	 * {@code luutru.transfer.package-chunk-*} record files, each written as a part of its
	 * own (its CSIP package, zipped) and recorded in a transaction of its own, so that a
	 * step taken up again, after a killed node or a lock that ran out, continues with the
	 * files not yet recorded and a step running twice records each part once. Every part
	 * of a batch shares the creation time fixed by the first step, so a part written
	 * twice gives the same bytes. When every file has its part, the parts are joined into
	 * the batch's zip ({@link ZipJoin}: their entries copied as they are), which is kept
	 * with the batch in a transaction of its own that moves the batch on once: a stale
	 * run that joins too finds the batch packaged and keeps what is there.
	 * <p>
	 * The first step drops files held meanwhile; when every file on the approved list was
	 * put on hold, no package is written and the batch is closed EMPTY.
	 */
	public PackageChunk buildChunk(long batchId) throws IOException {
		Batch batch = this.batches.require(batchId);
		if (batch.status() != BatchStatus.APPROVED) {
			return finished(batch);
		}
		PackageBuild build = this.ownTransaction.execute((tx) -> start(batchId));
		if (build == null) {
			return PackageChunk.empty();
		}
		List<RecordFile> onList = this.batches.files(batchId);
		Map<Long, BuiltPart> parts = new HashMap<>();
		this.parts.findParts(batchId).forEach((p) -> parts.put(p.fileId(), p));
		PackageContext context = context(batch);
		long byteLimit = this.settings.packageChunkSize().toBytes();
		long bytes = 0;
		int built = 0;
		for (RecordFile f : onList) {
			if (parts.containsKey(f.id())) {
				continue;
			}
			if (built >= this.settings.packageChunkFiles() || bytes >= byteLimit) {
				return PackageChunk.more(StepProgress.filesPackaged(parts.size(), onList.size()));
			}
			PackageFile file = this.packageFiles.of(f, context.submitter(), context.fondsCode());
			parts.put(f.id(), buildPart(batchId, f.id(), context.request(build.createdAt(), List.of(file))));
			built++;
			bytes += file.documents().stream().mapToLong((d) -> d.content().size()).sum();
		}
		return join(batch, context.packageId(), onList, onList.stream().map((f) -> parts.get(f.id())).toList());
	}

	/** A batch already past packaging: a stale step finds its package or its end. */
	private PackageChunk finished(Batch batch) {
		if (batch.packageSha256() != null) {
			return PackageChunk.packaged(batch.packageSha256(),
					StepProgress.filesPackaged(batch.fileCount(), batch.fileCount()));
		}
		if (batch.status() == BatchStatus.EMPTY) {
			return PackageChunk.empty();
		}
		throw new IllegalStateException("batch " + batch.code() + " is " + batch.status() + ", not APPROVED");
	}

	/**
	 * The build of the batch, started here when none is: held files dropped and the
	 * package's creation time fixed, together. Null when no file is left to package.
	 */
	private PackageBuild start(long batchId) {
		PackageBuild build = this.parts.findBuild(batchId);
		if (build != null) {
			return build;
		}
		this.batches.dropHeld(batchId);
		List<RecordFile> onList = this.batches.files(batchId);
		if (onList.isEmpty()) {
			this.batches.changeStatus(batchId, BatchStatus.APPROVED, BatchStatus.EMPTY);
			return null;
		}
		// Whole milliseconds, as the column keeps them: every part sees the same instant.
		Instant createdAt = Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
		this.parts.insertBuild(batchId, createdAt, onList.size());
		return this.parts.findBuild(batchId);
	}

	/** Writes, stores and records one file's part; returns the part recorded first. */
	private BuiltPart buildPart(long batchId, long fileId, PackageRequest request) throws IOException {
		try {
			return this.ownTransaction.execute((tx) -> {
				PackagePart[] written = new PackagePart[1];
				StagedContent stored;
				try {
					stored = GeneratedContent.store(this.store,
							(out) -> written[0] = this.writer.writePart(request, out));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				this.parts
					.insertPart(new BuiltPart(batchId, fileId, stored.sha256(), stored.size(), written[0].entriesSize(),
							written[0].manifest().documentSha256().size(), Instant.now(this.clock)));
				BuiltPart recorded = this.parts.findPart(batchId, fileId);
				if (recorded == null) {
					throw new IllegalStateException("batch " + batchId + " is no longer being packaged");
				}
				return recorded;
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	/**
	 * Joins the parts into the batch's zip and keeps it with the batch, unless a run of
	 * the same step did so first.
	 */
	private PackageChunk join(Batch batch, String packageId, List<RecordFile> files, List<BuiltPart> parts)
			throws IOException {
		List<ZipJoin.Part> sources = parts.stream()
			.map((p) -> new ZipJoin.Part(p.entriesSize(), () -> this.store.open(p.contentSha256())))
			.toList();
		StagedContent staged = this.store.stage((out) -> ZipJoin.join(sources, out));
		int documents = parts.stream().mapToInt(BuiltPart::documents).sum();
		String kept;
		try {
			kept = this.ownTransaction.execute((tx) -> {
				if (!this.batches.changeStatus(batch.id(), BatchStatus.APPROVED, BatchStatus.PACKAGED)) {
					this.store.discard(staged);
					return null;
				}
				try {
					this.store.commit(staged);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				this.batches.attachPackage(batch.id(), packageId, staged.sha256(), staged.size(),
						places(packageId, files, parts));
				this.parts.deleteParts(batch.id());
				dropPartsAfterCommit(parts);
				this.audit.record(AuditAction.PACKAGE_BUILT, "batch", batch.code(), batch.agencyId(),
						Map.of("packageId", packageId, "sha256", staged.sha256(), "size", staged.size(), "documents",
								documents, "parts", parts.size()));
				return staged.sha256();
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		if (kept != null) {
			return PackageChunk.packaged(kept, StepProgress.filesPackaged(parts.size(), parts.size()));
		}
		// Another run kept it first. Read in a transaction of its own: this step's
		// session
		// still holds the batch as it was read at the start.
		return finished(this.ownTransaction.execute((tx) -> this.batches.require(batch.id())));
	}

	/**
	 * Where each file's package lies in the joined zip: the parts one after the other, in
	 * the order joined. Each package cut out again is its part, byte for byte
	 * ({@link vn.luutru.transfer.pkg.PackageSlice}), so the part's SHA-256 and size are
	 * the package's.
	 */
	private static List<BatchPackage> places(String packageId, List<RecordFile> files, List<BuiltPart> parts) {
		List<BatchPackage> places = new ArrayList<>();
		long offset = 0;
		for (int i = 0; i < parts.size(); i++) {
			BuiltPart part = parts.get(i);
			String fileCode = files.get(i).fileCode();
			places.add(new BatchPackage(part.fileId(), fileCode, TransferPackageWriter.packageIdOf(packageId, fileCode),
					offset, part.entriesSize(), part.contentSha256(), part.contentSize(), part.documents()));
			offset += part.entriesSize();
		}
		return places;
	}

	/**
	 * The parts' bytes go once the package that joined them is committed, unless still
	 * used (a batch of one file: its package is its only part, byte for byte); one that
	 * cannot be erased now is left to the content reconciliation (no row uses it).
	 */
	private void dropPartsAfterCommit(List<BuiltPart> parts) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				for (BuiltPart part : parts) {
					TransferPackaging.this.documents.discardIfUnused(part.contentSha256());
				}
			}
		});
	}

	/**
	 * Writes the AIP of a record file the historical archive received from an agency that
	 * does not run LuuTru (receipt {@code receiptCode}, vn.luutru.receipt), from what
	 * LuuTru registered of it: the same writer, layout and PREMIS as a transfer's AIP,
	 * the receipt standing for the batch.
	 */
	public PackageManifest writeReceivedAip(RecordFile file, String receiptCode, Instant createdAt,
			List<PreservationEvent> events, OutputStream out) throws IOException {
		vn.luutru.agency.Agency agency = this.agencies.require(file.agencyId());
		vn.luutru.agency.Agency archive = this.agencies.historicalArchive().orElseThrow();
		String packageId = "uuid-" + java.util.UUID.nameUUIDFromBytes(receiptCode.getBytes(StandardCharsets.UTF_8));
		PackageContext context = new PackageContext(packageId, receiptCode, new Agency(agency.code(), agency.name()),
				agency.fondsCode(), new Agency(archive.code(), this.names.archiveName()));
		PackageFile packaged = this.packageFiles.of(file, context.submitter(), context.fondsCode());
		PackageRequest request = context.request(createdAt, List.of(packaged));
		return this.writer.write(new PackageRequest(request.packageId(), request.type(), request.submittingAgency(),
				request.archive(), request.batchCode(), request.createdAt(), request.softwareName(),
				request.softwareVersion(), request.files(), events), out);
	}

	/** What every part of the batch's package shares. */
	private PackageContext context(Batch batch) {
		vn.luutru.agency.Agency agency = this.agencies.require(batch.agencyId());
		vn.luutru.agency.Agency archive = this.agencies.historicalArchive().orElseThrow();
		String packageId = "uuid-" + java.util.UUID.nameUUIDFromBytes(batch.code().getBytes());
		return new PackageContext(packageId, batch.code(), new Agency(agency.code(), agency.name()), agency.fondsCode(),
				new Agency(archive.code(), this.names.archiveName()));
	}

	private record PackageContext(String packageId, String batchCode, Agency submitter, String fondsCode,
			Agency archive) {

		PackageRequest request(Instant createdAt, List<PackageFile> files) {
			return new PackageRequest(this.packageId, PackageType.AIP, this.submitter, this.archive, this.batchCode,
					createdAt, "LuuTru", "0.1", files);
		}

	}

	/**
	 * Recomputes every checksum in the stored package and the SHA-256 of each document's
	 * bytes in the content store; returns the problems found, empty when all agree.
	 */
	@Transactional(readOnly = true)
	public List<String> verify(long batchId) throws IOException {
		Batch batch = this.batches.require(batchId);
		FixityReport report;
		try (InputStream in = this.store.open(batch.packageSha256())) {
			report = new TransferPackageVerifier().verify(in);
		}
		List<String> problems = new ArrayList<>();
		String packageNow = rehash(batch.packageSha256());
		if (!batch.packageSha256().equals(packageNow)) {
			problems.add("PACKAGE_ZIP " + batch.packageId() + " " + packageNow + " ≠ " + batch.packageSha256());
		}
		report.problems().forEach((p) -> problems.add(p.kind() + " " + p.docCode() + " " + p.detail()));
		Map<String, String> packaged = new java.util.HashMap<>();
		report.documents().forEach((d) -> packaged.put(d.docCode(), d.computedSha256()));
		for (RecordFile f : this.batches.files(batchId)) {
			for (Document d : this.documents.ofFile(f.id())) {
				String inPackage = packaged.get(d.docCode());
				String inStore = rehash(d.contentSha256());
				if (inPackage == null || !inPackage.equalsIgnoreCase(d.contentSha256())) {
					problems.add("PACKAGE " + d.docCode() + " " + inPackage + " ≠ " + d.contentSha256());
				}
				if (!d.contentSha256().equals(inStore)) {
					problems.add("STORE " + d.docCode() + " " + inStore + " ≠ " + d.contentSha256());
				}
			}
		}
		return problems;
	}

	private String rehash(String sha256) throws IOException {
		if (!this.store.exists(sha256)) {
			return "missing";
		}
		try (InputStream in = new DigestInputStream(this.store.open(sha256), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
