package vn.luutru.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.agency.AgencyDirectory;
import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.batch.BatchStatus;
import vn.luutru.batch.Batch;
import vn.luutru.batch.BatchLetterhead;
import vn.luutru.batch.BatchService;
import vn.luutru.content.ContentStore;
import vn.luutru.content.GeneratedContent;
import vn.luutru.content.PronomIdentifier;
import vn.luutru.content.StagedContent;
import vn.luutru.document.Document;
import vn.luutru.document.DocumentQueries;
import vn.luutru.document.DocumentTypes;
import vn.luutru.file.RecordFile;
import vn.luutru.schedule.RetentionPeriod;
import vn.luutru.transfer.pkg.Agency;
import vn.luutru.transfer.pkg.DocumentContent;
import vn.luutru.transfer.pkg.FixityReport;
import vn.luutru.transfer.pkg.PackageDocument;
import vn.luutru.transfer.pkg.PackageFile;
import vn.luutru.transfer.pkg.PackageManifest;
import vn.luutru.transfer.pkg.PackageRequest;
import vn.luutru.transfer.pkg.PackageType;
import vn.luutru.transfer.pkg.SchemaFiles;
import vn.luutru.transfer.pkg.TransferPackageVerifier;
import vn.luutru.transfer.pkg.TransferPackageWriter;

/**
 * Builds a batch's package (Circular 05/2025 layout on E-ARK CSIP: METS, descriptive XML,
 * PREMIS with SHA-256 fixity, zipped) and, on acceptance, verifies every checksum in it
 * against the content store.
 */
@Service
@Transactional
public class TransferPackaging {

	private final BatchService batches;

	private final DocumentQueries documents;

	private final AgencyDirectory agencies;

	/** The archive's name as every document of the batch prints it. */
	private final BatchLetterhead names;

	private final ContentStore store;

	private final AuditService audit;

	private final Clock clock;

	private final TransferPackageWriter writer = new TransferPackageWriter(SchemaFiles.onClasspath("schemas"));

	TransferPackaging(BatchService batches, DocumentQueries documents, AgencyDirectory agencies, BatchLetterhead names,
			ContentStore store, AuditService audit, Clock clock) {
		this.batches = batches;
		this.names = names;
		this.documents = documents;
		this.agencies = agencies;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Drops files held meanwhile, then writes and stores the package; returns its
	 * checksum. When every file on the approved list was put on hold, no package is
	 * written: the batch is closed EMPTY and nothing is returned.
	 */
	public Optional<String> build(long batchId) throws IOException {
		this.batches.dropHeld(batchId);
		List<RecordFile> onList = this.batches.files(batchId);
		if (onList.isEmpty()) {
			this.batches.changeStatus(batchId, BatchStatus.APPROVED, BatchStatus.EMPTY);
			return Optional.empty();
		}
		Batch batch = this.batches.require(batchId);
		vn.luutru.agency.Agency agency = this.agencies.require(batch.agencyId());
		vn.luutru.agency.Agency archive = this.agencies.historicalArchive().orElseThrow();
		Agency submitter = new Agency(agency.code(), agency.name());
		List<PackageFile> files = new ArrayList<>();
		for (RecordFile f : onList) {
			files.add(packageFile(f, submitter, agency.fondsCode()));
		}
		String packageId = "uuid-" + java.util.UUID.nameUUIDFromBytes(batch.code().getBytes());
		PackageRequest request = new PackageRequest(packageId, PackageType.AIP, submitter,
				new Agency(archive.code(), this.names.archiveName()), batch.code(), Instant.now(this.clock), "LuuTru",
				"0.1", files);
		PackageManifest[] manifest = new PackageManifest[1];
		StagedContent stored = GeneratedContent.store(this.store,
				(out) -> manifest[0] = this.writer.write(request, out));
		this.batches.attachPackage(batchId, packageId, stored.sha256(), stored.size());
		this.batches.changeStatus(batchId, BatchStatus.APPROVED, BatchStatus.PACKAGED);
		this.audit.record(AuditAction.PACKAGE_BUILT, "batch", batch.code(), batch.agencyId(),
				Map.of("packageId", packageId, "sha256", stored.sha256(), "size", stored.size(), "documents",
						manifest[0].documentSha256().size()));
		return Optional.of(stored.sha256());
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

	private PackageFile packageFile(RecordFile f, Agency agency, String fondsCode) {
		List<PackageDocument> docs = this.documents.ofFile(f.id()).stream().map(this::packageDocument).toList();
		return new PackageFile(agency, fondsCode, f.fileCode(), f.title(), f.maintenanceCode(),
				RetentionPeriod.of(f.maintenanceCode(), f.retentionYears()).label(), f.accessMode(), f.language(),
				f.keywords(), f.inforSign(), f.startDate(), f.endDate(), f.docTotal(), f.sheetTotal(), f.pageTotal(),
				f.confidenceLevel(), f.physicalFormat(), f.paperFileCode(), false, "02", f.description(), docs);
	}

	private PackageDocument packageDocument(Document d) {
		DocumentContent content = new DocumentContent(d.contentSha256(), d.contentSize(), d.mediaType(),
				d.originalName(), "COMPLIANT".equals(d.pdfaStatus()) ? d.pdfaDeclared() : null, d.capturedAt(),
				d.capturedBy(), () -> this.documents.open(d.contentSha256()),
				PronomIdentifier.UNKNOWN.equals(d.formatPuid()) ? null : d.formatPuid());
		return new PackageDocument(d.docCode(), d.position(), d.typeName(),
				DocumentTypes.nameOf(d.typeName()).orElse(null), d.codeNumber(), d.codeNotation(), d.issuedDate(),
				d.organName(), d.subject(), d.language(), d.pageCount(), d.inforSign(), d.keywords(), d.accessMode(),
				d.confidenceLevel(), d.autograph(), d.physicalFormat(), d.description(), d.signerName(),
				d.schemaVersion(), content);
	}

}
