package vn.luutru.access;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.agency.AgencyDirectory;
import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.ConflictException;
import vn.luutru.common.NotFoundException;
import vn.luutru.document.Document;
import vn.luutru.document.DocumentQueries;
import vn.luutru.file.RecordFile;
import vn.luutru.file.RecordFileLifecycle;
import vn.luutru.security.CurrentUser;
import vn.luutru.transfer.PackageFiles;
import vn.luutru.transfer.pkg.Agency;
import vn.luutru.transfer.pkg.DocumentContent;
import vn.luutru.transfer.pkg.PackageDocument;
import vn.luutru.transfer.pkg.PackageRequest;
import vn.luutru.transfer.pkg.PackageType;
import vn.luutru.transfer.pkg.SchemaFiles;
import vn.luutru.transfer.pkg.Sha256;
import vn.luutru.transfer.pkg.TransferPackageWriter;

/**
 * The DIP the archive hands over for a reader's granted request: readers read in the
 * browser and download nothing themselves, so the archivist who keeps the files gives the
 * copies out, one E-ARK DIP per granted file. Its documents are marked copies of the
 * file's PDFs ("BẢN SAO" and the reader's name on every page), described with the file's
 * Circular 05/2025 fields; no PREMIS, since the copies are not the preserved bytes.
 */
@Service
public class DisseminationPackages {

	private final AccessMapper access;

	private final ReaderMapper readers;

	private final RecordFileLifecycle files;

	private final DocumentQueries documents;

	private final AgencyDirectory agencies;

	private final PackageFiles packageFiles;

	private final MarkedCopy copies;

	private final AuditService audit;

	private final Clock clock;

	private final TransferPackageWriter writer = new TransferPackageWriter(SchemaFiles.onClasspath("schemas"));

	DisseminationPackages(AccessMapper access, ReaderMapper readers, RecordFileLifecycle files,
			DocumentQueries documents, AgencyDirectory agencies, PackageFiles packageFiles, MarkedCopy copies,
			AuditService audit, Clock clock) {
		this.access = access;
		this.readers = readers;
		this.files = files;
		this.documents = documents;
		this.agencies = agencies;
		this.packageFiles = packageFiles;
		this.copies = copies;
		this.audit = audit;
		this.clock = clock;
	}

	/** The files of the request whose grant is usable now, each with its DIP's OBJID. */
	@Transactional(readOnly = true)
	public List<DipFile> list(long requestId) {
		AccessRequest request = kept(requestId);
		Instant now = this.clock.instant();
		List<DipFile> files = new ArrayList<>();
		for (AccessGrant grant : this.access.grants(requestId, null)) {
			if (grant.usableAt(now)) {
				files.add(new DipFile(grant.fileCode(), grant.title(),
						TransferPackageWriter.packageIdOf(packageId(request), grant.fileCode()), grant.validUntil()));
			}
		}
		return files;
	}

	/**
	 * The DIP of one granted file as a zip, its copies marked for the request's reader;
	 * recorded in the audit log.
	 */
	@Transactional
	public Dip write(long requestId, String fileCode) {
		AccessRequest request = kept(requestId);
		CurrentUser officer = CustodyArchive.officer();
		Instant now = this.clock.instant();
		AccessGrant grant = this.access.grants(requestId, null)
			.stream()
			.filter((g) -> g.fileCode().equals(fileCode) && g.usableAt(now))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("fileCode", fileCode));
		Reader reader = this.readers.find(request.readerId());
		String readerName = (reader != null) ? reader.fullName() : request.readerId();
		RecordFile file = this.files.require(grant.fileId());
		vn.luutru.agency.Agency owner = this.agencies.require(file.agencyId());
		vn.luutru.agency.Agency custodian = this.agencies.require(request.custodyAgencyId());
		CopyMark mark = CopyMark.ofRequest(readerName, officer.printedName(),
				LocalDateTime.ofInstant(now, this.clock.getZone()), requestId);
		List<PackageDocument> docs = new ArrayList<>();
		for (Document d : GrantedDocuments.readable(this.documents.ofFile(file.id()), file.accessMode())) {
			docs.add(this.packageFiles.document(d, copy(d, mark, officer.userId(), now)));
		}
		if (docs.isEmpty()) {
			throw new ConflictException("conflict.dipNoCopy", fileCode);
		}
		String packageId = packageId(request);
		PackageRequest dip = new PackageRequest(packageId, PackageType.DIP,
				new Agency(custodian.code(), custodian.name()), new Agency(custodian.code(), custodian.name()),
				"YC-" + requestId, now, "LuuTru", "0.1",
				List.of(this.packageFiles.of(file, new Agency(owner.code(), owner.name()), owner.fondsCode(), docs)));
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try {
			this.writer.write(dip, zip);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String objectId = TransferPackageWriter.packageIdOf(packageId, fileCode);
		byte[] bytes = zip.toByteArray();
		String sha256 = Sha256.of(bytes);
		this.audit.record(AuditAction.DIP_ISSUED, "access_request", requestId, request.custodyAgencyId(),
				Map.of("file", fileCode, "reader", request.readerId(), "objectId", objectId, "sha256", sha256,
						"documents", docs.size()));
		return new Dip(objectId + ".zip", sha256, bytes);
	}

	/** A PDF marked page by page, held in memory as a reading room's copies are. */
	private DocumentContent copy(Document d, CopyMark mark, String officer, Instant now) {
		byte[] pdf;
		try (InputStream in = this.documents.open(d.contentSha256())) {
			pdf = this.copies.pdf(in, mark, d.docCode());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new DocumentContent(Sha256.of(pdf), pdf.length, "application/pdf", d.originalName(), null, now, officer,
				() -> new ByteArrayInputStream(pdf));
	}

	/**
	 * The request, when the signed-in officer keeps its files (readers 403, others 404).
	 */
	private AccessRequest kept(long requestId) {
		CurrentUser officer = CustodyArchive.officer();
		AccessRequest request = this.access.findRequest(requestId);
		CustodyArchive.requireKeeps(officer, (request != null) ? request.custodyAgencyId() : null, "access_request",
				requestId);
		return request;
	}

	private static String packageId(AccessRequest request) {
		return "uuid-" + UUID.nameUUIDFromBytes(("DIP\n" + request.id()).getBytes(StandardCharsets.UTF_8));
	}

	/** A granted file whose DIP can be handed over now. */
	public record DipFile(String fileCode, String title, String objectId, Instant grantValidUntil) {

	}

	/** A DIP written: its zip's name, SHA-256 and bytes. */
	public record Dip(String fileName, String sha256, byte[] bytes) {

	}

}
