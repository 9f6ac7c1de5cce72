package vn.luutru.receipt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.agency.Agency;
import vn.luutru.agency.AgencyDirectory;
import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.ConflictException;
import vn.luutru.content.ContentStore;
import vn.luutru.content.GeneratedContent;
import vn.luutru.content.StagedContent;
import vn.luutru.document.CapturedDocument;
import vn.luutru.document.DocumentCapture;
import vn.luutru.file.FileIntake;
import vn.luutru.file.RecordFile;
import vn.luutru.file.RecordFileLifecycle;
import vn.luutru.file.RecordFileService;
import vn.luutru.process.StepProgress;
import vn.luutru.security.UserPrincipals;
import vn.luutru.transfer.TransferPackaging;
import vn.luutru.transfer.pkg.PackageManifest;
import vn.luutru.transfer.pkg.PreservationEvent;

/**
 * An accepted SIP becomes part of the historical archive's holdings a chunk at a time
 * ({@code Task_RegisterSipChunk}, one async step each, in the step's transaction): at
 * most {@code luutru.receipt.register-chunk-documents} documents, and no new one once
 * {@code register-chunk-time} has passed. Each document's file is opened in the
 * depositing agency the first time (as the depositor would have), the document captured
 * through the content store (two copies, text extracted and indexed); a file whose last
 * document is in is given its history (deposited), passed into the archive's custody, and
 * its AIP written by the transfer's AIP writer and kept. After the last chunk the receipt
 * is ACCEPTED. The receipt's row is locked for the chunk and each document taken only
 * while not yet registered: a chunk run twice, or resumed after a killed node (its
 * transaction lost), registers each document once; bytes a lost chunk placed are left to
 * the content reconciliation.
 */
@Service
public class ReceiptRegistration {

	private final ReceiptMapper mapper;

	private final ReceiptService receipts;

	private final AgencyDirectory agencies;

	private final RecordFileService files;

	private final FileIntake fileIntake;

	private final RecordFileLifecycle lifecycle;

	private final DocumentCapture capture;

	private final TransferPackaging packaging;

	private final ContentStore store;

	private final UserPrincipals principals;

	private final AuditService audit;

	private final ReceiptSettings settings;

	private final Clock clock;

	ReceiptRegistration(ReceiptMapper mapper, ReceiptService receipts, AgencyDirectory agencies,
			RecordFileService files, FileIntake fileIntake, RecordFileLifecycle lifecycle, DocumentCapture capture,
			TransferPackaging packaging, ContentStore store, UserPrincipals principals, AuditService audit,
			ReceiptSettings settings, Clock clock) {
		this.mapper = mapper;
		this.receipts = receipts;
		this.agencies = agencies;
		this.files = files;
		this.fileIntake = fileIntake;
		this.lifecycle = lifecycle;
		this.capture = capture;
		this.packaging = packaging;
		this.store = store;
		this.principals = principals;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	/** Registers the next chunk; returns how many documents are left after it. */
	@Transactional
	public int registerChunk(long id) {
		Receipt receipt = this.mapper.lock(id);
		if (receipt == null || receipt.status() != ReceiptStatus.REGISTERING) {
			return 0;
		}
		List<PlannedDocument> chunk = this.mapper.findUnregistered(id, this.settings.registerChunkDocuments());
		Agency depositor = this.agencies.require(receipt.depositorAgencyId());
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
		long deadline = System.nanoTime() + this.settings.registerChunkTime().toNanos();
		UserPrincipals.runAs(SipRegistration.registrar(receipt.decidedBy(), depositor), () -> {
			try (ZipFile zip = new ZipFile(ReceiptService.sip(receipt).toFile(), StandardCharsets.UTF_8)) {
				Map<String, Long> fileIds = new HashMap<>();
				Map<String, String> touched = new LinkedHashMap<>();
				for (int i = 0; i < chunk.size() && (i == 0 || System.nanoTime() < deadline); i++) {
					PlannedDocument doc = chunk.get(i);
					registerDocument(receipt, zip, doc, depositor, fileIds);
					touched.put(doc.fileCode(), doc.root());
				}
				for (Map.Entry<String, String> f : touched.entrySet()) {
					if (this.mapper.countUnregistered(id, f.getKey()) == 0
							&& this.mapper.countFile(id, f.getKey()) == 0) {
						finishFile(receipt, zip, f.getValue(), f.getKey(), fileIds.get(f.getKey()), now);
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return null;
		});
		int left = this.mapper.countUnregistered(id, null);
		if (left == 0) {
			finish(receipt, now);
		}
		return left;
	}

	/** Documents registered of those listed, in the step's transaction. */
	@Transactional(readOnly = true)
	public StepProgress progress(long id) {
		ReceiptMapper.RegistrationCount count = this.mapper.countRegistration(id);
		return ReceiptService.registrationProgress(count);
	}

	private void registerDocument(Receipt receipt, ZipFile zip, PlannedDocument doc, Agency depositor,
			Map<String, Long> fileIds) throws IOException {
		Long fileId = fileIds.computeIfAbsent(doc.fileCode(),
				(code) -> (doc.fileId() != null) ? doc.fileId() : this.mapper.findFileId(receipt.id(), code));
		if (fileId == null) {
			SipRegistration.Opening opening = SipRegistration.opening(SipLayout.file(zip, doc.root(), doc.fileCode()),
					depositor.code());
			if (opening.problem() != null) {
				throw new IllegalStateException(
						"the validated file " + doc.fileCode() + " can no longer be opened: " + opening.problem());
			}
			fileId = this.files.open(opening.request()).id();
			this.mapper.linkFile(receipt.id(), doc.fileCode(), fileId);
			fileIds.put(doc.fileCode(), fileId);
		}
		SipDocument sipDoc = SipLayout.document(zip, doc);
		String name = doc.dataPath().substring(doc.dataPath().lastIndexOf('/') + 1);
		CapturedDocument captured;
		try (InputStream in = zip.getInputStream(zip.getEntry(doc.dataPath()))) {
			captured = this.capture.capture(fileId, SipRegistration.document(sipDoc), name, null, in);
		}
		if (!doc.contentSha256().equals(captured.document().contentSha256())) {
			throw new IllegalStateException(doc.dataPath() + " changed since the SIP was validated");
		}
		this.mapper.markRegistered(receipt.id(), doc.seq(), captured.document().id());
	}

	/**
	 * The file's documents are all in: deposited on the day of receipt, in the archive's
	 * custody, its AIP written and kept.
	 */
	private void finishFile(Receipt receipt, ZipFile zip, String root, String fileCode, long fileId, Instant now)
			throws IOException {
		SipFile f = SipLayout.file(zip, root, fileCode);
		SipRegistration.Opening opening = SipRegistration.opening(f,
				this.agencies.require(receipt.depositorAgencyId()).code());
		this.fileIntake.applyHistory(fileId, opening.history(LocalDate.now(this.clock)));
		if (!this.lifecycle.receiveCustody(fileId, receipt.archiveAgencyId())) {
			throw new ConflictException("receipt.conflict.custody", fileCode);
		}
		RecordFile held = this.lifecycle.require(fileId);
		this.audit.record(AuditAction.FILE_TRANSFERRED, "record_file", held.fileCode(), held.agencyId(),
				Map.of("receipt", receipt.code(), "custody", String.valueOf(receipt.archiveAgencyId())));
		int documents = held.docTotal();
		PackageManifest[] manifest = new PackageManifest[1];
		StagedContent aip = GeneratedContent.store(this.store, (out) -> manifest[0] = this.packaging
			.writeReceivedAip(held, receipt.code(), now, events(receipt, fileCode, documents, now), out));
		String packageId = manifest[0].packages().get(held.fileCode());
		this.mapper.insertFile(receipt.id(),
				new ReceivedFile(held.fileCode(), held.id(), documents, packageId, aip.sha256(), aip.size()));
		this.audit.record(AuditAction.RECEIPT_AIP_WRITTEN, "record_file", held.fileCode(), held.agencyId(),
				Map.of("receipt", receipt.code(), "packageId", packageId, "sha256", aip.sha256(), "size", aip.size()));
	}

	/**
	 * Every document is in: ACCEPTED, audited as the archive's officer, the SIP let go.
	 */
	private void finish(Receipt receipt, Instant now) {
		if (this.mapper.finishRegistration(receipt.id(), now) == 0) {
			return;
		}
		List<ReceivedFile> registered = this.mapper.findFiles(receipt.id());
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("depositor", receipt.depositorCode());
		details.put("files", registered.size());
		details.put("documents", registered.stream().mapToInt(ReceivedFile::documents).sum());
		details.put("aips", registered.size());
		details.put("comment", String.valueOf(receipt.reason()));
		UserPrincipals.runAs(this.principals.load(receipt.decidedBy()), () -> {
			this.audit.record(AuditAction.RECEIPT_ACCEPTED, "receipt", receipt.code(), receipt.archiveAgencyId(),
					details);
			return null;
		});
		this.receipts.discardAfterCommit(receipt);
	}

	/**
	 * The receipt's events in the AIP's PREMIS: the SIP's validation, the fixity check of
	 * its files as they were read in, and its ingestion into the archive.
	 */
	private static List<PreservationEvent> events(Receipt receipt, String fileCode, int documents, Instant now) {
		return List.of(
				new PreservationEvent("validation", receipt.validatedAt(),
						"Kiểm tra gói SIP " + receipt.uploadName() + " (" + receipt.code() + "): lược đồ METS 1.12 và "
								+ "PREMIS 3.0, mã kiểm tra SHA-256 từng tệp với METS, bộ kiểm tra E-ARK CSIP/SIP "
								+ EarkCheck.SPECIFICATION + " (commons-ip2): không có lỗi",
						"SIP SHA-256 " + receipt.uploadSha256()),
				new PreservationEvent("fixity check", now,
						"So khớp SHA-256 và dung lượng " + documents + " tệp nội dung của hồ sơ " + fileCode
								+ " với METS của gói SIP khi đăng ký vào kho",
						null),
				new PreservationEvent("ingestion", now, "Tiếp nhận vào Lưu trữ lịch sử theo " + receipt.code()
						+ ", cơ quan nộp lưu " + receipt.depositorCode(), null));
	}

}
