package vn.luutru.receipt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.luutru.agency.Agency;
import vn.luutru.agency.AgencyDirectory;
import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.ConflictException;
import vn.luutru.common.FieldProblem;
import vn.luutru.common.InvalidInputException;
import vn.luutru.common.ProblemTexts;
import vn.luutru.content.ContentStore;
import vn.luutru.content.GeneratedContent;
import vn.luutru.content.StagedContent;
import vn.luutru.document.DocumentCapture;
import vn.luutru.file.FileIntake;
import vn.luutru.file.RecordFile;
import vn.luutru.file.RecordFileLifecycle;
import vn.luutru.file.RecordFileService;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.UserPrincipals;
import vn.luutru.transfer.TransferPackaging;
import vn.luutru.transfer.pkg.PackageManifest;
import vn.luutru.transfer.pkg.PreservationEvent;

/**
 * An accepted SIP becomes part of the historical archive's holdings, in one transaction
 * (files, documents, custody, AIPs, the receipt's status and the audit trail together, or
 * nothing): its checksums are checked once more against the METS, each record file is
 * opened in the depositing agency, its documents captured through the content store (two
 * copies, text extracted and indexed for search), the file given its history (deposited)
 * and passed into the archive's custody, and an AIP written for it by the transfer's AIP
 * writer and kept in the content store. A document the capture refuses rolls everything
 * back, and the receipt is REJECTED with the capture's errors.
 */
@Service
public class ReceiptIngest {

	private final ReceiptMapper mapper;

	private final ReceiptService receipts;

	private final SipValidation validation;

	private final AgencyDirectory agencies;

	private final RecordFileService files;

	private final FileIntake fileIntake;

	private final RecordFileLifecycle lifecycle;

	private final DocumentCapture capture;

	private final TransferPackaging packaging;

	private final ContentStore store;

	private final UserPrincipals principals;

	private final AuditService audit;

	private final ProblemTexts texts;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ReceiptIngest(ReceiptMapper mapper, ReceiptService receipts, SipValidation validation, AgencyDirectory agencies,
			RecordFileService files, FileIntake fileIntake, RecordFileLifecycle lifecycle, DocumentCapture capture,
			TransferPackaging packaging, ContentStore store, UserPrincipals principals, AuditService audit,
			ProblemTexts texts, PlatformTransactionManager transactions, Clock clock) {
		this.mapper = mapper;
		this.receipts = receipts;
		this.validation = validation;
		this.agencies = agencies;
		this.files = files;
		this.fileIntake = fileIntake;
		this.lifecycle = lifecycle;
		this.capture = capture;
		this.packaging = packaging;
		this.store = store;
		this.principals = principals;
		this.audit = audit;
		this.texts = texts;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Registers the SIP accepted by {@code decidedBy}; returns whether it was (false: the
	 * registration was refused and the receipt rejected with the reasons). A receipt no
	 * longer VALIDATED (a retried step) is left as it is.
	 */
	public boolean accept(long id, String decidedBy, String comment) {
		try {
			return Boolean.TRUE.equals(this.transaction.execute((tx) -> register(id, decidedBy, comment)));
		}
		catch (InvalidInputException ex) {
			refuse(id, decidedBy, ex.problems().stream().map(this::error).toList());
			return false;
		}
		catch (ConflictException ex) {
			refuse(id, decidedBy, List.of(new ReceiptError(null, ex.getMessage(), ex.getMessage())));
			return false;
		}
	}

	private boolean register(long id, String decidedBy, String comment) {
		Receipt receipt = this.mapper.lock(id);
		if (receipt == null || receipt.status() != ReceiptStatus.VALIDATED) {
			return receipt != null && receipt.status() == ReceiptStatus.ACCEPTED;
		}
		CurrentUser officer = this.principals.load(decidedBy);
		Agency depositor = this.agencies.require(receipt.depositorAgencyId());
		SipCheck check = this.validation.validate(ReceiptService.sip(receipt),
				this.principals.load(receipt.uploadedBy()), false);
		if (!check.valid()) {
			throw new InvalidInputException(check.errors()
				.stream()
				.map((e) -> FieldProblem.of("file", "receipt.error.changedSinceValidation", e.message()))
				.toList());
		}
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
		LocalDate today = LocalDate.now(this.clock);
		List<ReceivedFile> registered = new ArrayList<>();
		UserPrincipals.runAs(SipRegistration.registrar(decidedBy, depositor), () -> {
			try (ZipFile zip = new ZipFile(ReceiptService.sip(receipt).toFile(), StandardCharsets.UTF_8)) {
				for (SipFile f : check.files()) {
					registered.add(registerFile(receipt, zip, f, today, now));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return null;
		});
		this.mapper.accept(id, decidedBy, comment, now);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("depositor", depositor.code());
		details.put("files", registered.size());
		details.put("documents", registered.stream().mapToInt(ReceivedFile::documents).sum());
		details.put("aips", registered.stream().map(ReceivedFile::aipSha256).toList());
		details.put("comment", String.valueOf(comment));
		UserPrincipals.runAs(officer, () -> {
			this.audit.record(AuditAction.RECEIPT_ACCEPTED, "receipt", receipt.code(), receipt.archiveAgencyId(),
					details);
			return null;
		});
		this.receipts.discardAfterCommit(receipt);
		return true;
	}

	private ReceivedFile registerFile(Receipt receipt, ZipFile zip, SipFile f, LocalDate today, Instant now) {
		SipRegistration.Opening opening = SipRegistration.opening(f,
				this.agencies.require(receipt.depositorAgencyId()).code());
		RecordFile file = this.files.open(opening.request());
		for (SipDocument doc : f.documents()) {
			String name = doc.dataPath().substring(doc.dataPath().lastIndexOf('/') + 1);
			try (InputStream in = zip.getInputStream(zip.getEntry(doc.dataPath()))) {
				this.capture.capture(file.id(), SipRegistration.document(doc), name, null, in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		this.fileIntake.applyHistory(file.id(), opening.history(today));
		if (!this.lifecycle.receiveCustody(file.id(), receipt.archiveAgencyId())) {
			throw new ConflictException("receipt.conflict.custody", f.fileCode());
		}
		this.audit.record(AuditAction.FILE_TRANSFERRED, "record_file", file.fileCode(), file.agencyId(),
				Map.of("receipt", receipt.code(), "custody", String.valueOf(receipt.archiveAgencyId())));
		RecordFile held = this.lifecycle.require(file.id());
		PackageManifest[] manifest = new PackageManifest[1];
		StagedContent aip;
		try {
			aip = GeneratedContent.store(this.store, (out) -> manifest[0] = this.packaging.writeReceivedAip(held,
					receipt.code(), now, events(receipt, f, now), out));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String packageId = manifest[0].packages().get(held.fileCode());
		ReceivedFile received = new ReceivedFile(held.fileCode(), held.id(), f.documents().size(), packageId,
				aip.sha256(), aip.size());
		this.mapper.insertFile(receipt.id(), received);
		this.audit.record(AuditAction.RECEIPT_AIP_WRITTEN, "record_file", held.fileCode(), held.agencyId(),
				Map.of("receipt", receipt.code(), "packageId", packageId, "sha256", aip.sha256(), "size", aip.size()));
		return received;
	}

	/**
	 * The receipt's events in the AIP's PREMIS: the SIP's validation, the fixity check of
	 * its files as they were read in, and its ingestion into the archive.
	 */
	private static List<PreservationEvent> events(Receipt receipt, SipFile f, Instant now) {
		return List.of(
				new PreservationEvent("validation", receipt.validatedAt(),
						"Kiểm tra gói SIP " + receipt.uploadName() + " (" + receipt.code() + "): lược đồ METS 1.12 và "
								+ "PREMIS 3.0, mã kiểm tra SHA-256 từng tệp với METS, bộ kiểm tra E-ARK CSIP/SIP "
								+ EarkCheck.SPECIFICATION + " (commons-ip2): không có lỗi",
						"SIP SHA-256 " + receipt.uploadSha256()),
				new PreservationEvent("fixity check", now,
						"So khớp SHA-256 và dung lượng " + f.documents().size() + " tệp nội dung của hồ sơ "
								+ f.fileCode() + " với METS của gói SIP khi đăng ký vào kho",
						null),
				new PreservationEvent("ingestion", now, "Tiếp nhận vào Lưu trữ lịch sử theo " + receipt.code()
						+ ", cơ quan nộp lưu " + receipt.depositorCode(), null));
	}

	private ReceiptError error(FieldProblem p) {
		Object[] args = p.args().toArray();
		return new ReceiptError(null,
				this.texts.vi("receipt.error.registration", p.field(), this.texts.vi(p.code(), args)),
				this.texts.en("receipt.error.registration", p.field(), this.texts.en(p.code(), args)));
	}

	/**
	 * The registration was refused: nothing of it kept, the receipt REJECTED with why.
	 */
	private void refuse(long id, String decidedBy, List<ReceiptError> errors) {
		this.transaction.executeWithoutResult((tx) -> {
			if (this.mapper.lock(id).status() != ReceiptStatus.VALIDATED) {
				return;
			}
			this.mapper.insertErrors(id, errors);
			this.receipts.reject(id, decidedBy, this.texts.vi("receipt.reason.registrationRefused", errors.size())
					+ " / " + this.texts.en("receipt.reason.registrationRefused", errors.size()));
		});
	}

}
