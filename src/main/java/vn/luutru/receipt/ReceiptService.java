package vn.luutru.receipt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.multipart.MultipartFile;

import vn.luutru.agency.Agency;
import vn.luutru.agency.AgencyDirectory;
import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.ConflictException;
import vn.luutru.common.FileNames;
import vn.luutru.common.InvalidInputException;
import vn.luutru.common.NotFoundException;
import vn.luutru.common.ProblemTexts;
import vn.luutru.common.ZipGuard;
import vn.luutru.process.StepProgress;
import vn.luutru.schedule.RetentionPeriod;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.CurrentUsers;
import vn.luutru.security.Role;
import vn.luutru.security.UserPrincipals;

/**
 * The receipt of SIPs from agencies that do not run LuuTru (Circular 05/2025 Art. 23): an
 * upload is spooled and its ZIP checked for hostile content (refused with nothing kept),
 * then validated by the {@code sip-receipt} process before the historical archive
 * decides; its status, reason, errors and totals are shown to the archive and to the
 * uploader.
 */
@Service
public class ReceiptService {

	private static final String SIP = "sip.zip";

	private final ReceiptMapper mapper;

	private final ReceiptSettings settings;

	private final AgencyDirectory agencies;

	private final ReceiptProcessStarter starter;

	private final SipValidation validation;

	private final UserPrincipals principals;

	private final AuditService audit;

	private final ProblemTexts texts;

	private final Clock clock;

	private final ReceiptSlip slips;

	ReceiptService(ReceiptMapper mapper, ReceiptSettings settings, AgencyDirectory agencies,
			ReceiptProcessStarter starter, SipValidation validation, UserPrincipals principals, AuditService audit,
			ProblemTexts texts, Clock clock, ReceiptSlip slips) {
		this.slips = slips;
		this.mapper = mapper;
		this.settings = settings;
		this.agencies = agencies;
		this.starter = starter;
		this.validation = validation;
		this.principals = principals;
		this.audit = audit;
		this.texts = texts;
		this.clock = clock;
	}

	/**
	 * Receives a SIP from the historical archive's officer or from a depositing agency's
	 * archivist. A hostile or unreadable ZIP is refused (400) with nothing kept; any
	 * other is recorded RECEIVED and handed to the {@code sip-receipt} process.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('HISTORICAL_ARCHIVE','ARCHIVIST')")
	public long receive(MultipartFile upload) {
		CurrentUser user = CurrentUsers.require();
		if (upload == null || upload.isEmpty()) {
			throw InvalidInputException.of("file", "error.required");
		}
		String uploadName = FileNames.checked(upload.getOriginalFilename());
		Agency archive = this.agencies.historicalArchive()
			.orElseThrow(() -> new ConflictException("receipt.conflict.noArchive"));
		if (user.has(Role.HISTORICAL_ARCHIVE) ? !archive.id().equals(user.agencyId()) : user.agencyId() == null) {
			throw new AccessDeniedException("not an officer of the historical archive or of an agency");
		}
		Path dir = this.settings.spoolDir().resolve(UUID.randomUUID().toString());
		try {
			Files.createDirectories(dir);
			Path zip = dir.resolve(SIP);
			upload.transferTo(zip);
			ZipGuard.check(zip, this.settings.zipLimits(), (name) -> false);
			NewReceipt receipt = new NewReceipt();
			receipt.archiveAgencyId = archive.id();
			receipt.uploadName = uploadName;
			receipt.uploadSize = Files.size(zip);
			receipt.uploadSha256 = sha256(zip);
			receipt.spoolPath = dir.toString();
			receipt.uploadedBy = user.userId();
			receipt.receivedAt = Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
			this.mapper.insert(receipt);
			String code = "TIEPNHAN-" + receipt.id;
			this.mapper.attachProcess(receipt.id, this.starter.start(receipt.id, code, archive.code()));
			Map<String, Object> details = new LinkedHashMap<>();
			details.put("uploadName", receipt.uploadName);
			details.put("size", receipt.uploadSize);
			details.put("sha256", receipt.uploadSha256);
			this.audit.record(AuditAction.RECEIPT_RECEIVED, "receipt", code, archive.id(), details);
			return receipt.id;
		}
		catch (IOException ex) {
			discard(dir);
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			discard(dir);
			throw ex;
		}
	}

	/**
	 * The receipt, to the historical archive and to its uploader only: to anybody else it
	 * answers 404 exactly as a missing one, so that its id tells nothing.
	 */
	@Transactional(readOnly = true)
	public ReceiptView view(long id) {
		Receipt receipt = require(id);
		CurrentUser user = CurrentUsers.require();
		boolean archive = user.has(Role.HISTORICAL_ARCHIVE) && user.agencyId() != null
				&& user.agencyId() == receipt.archiveAgencyId();
		if (!archive && !user.userId().equals(receipt.uploadedBy())) {
			throw new NotFoundException("receipt", id);
		}
		return viewOf(receipt);
	}

	/** The receipt slip (.docx), to whom may read the receipt. */
	@Transactional(readOnly = true)
	public byte[] slip(long id) {
		return this.slips.write(view(id), this.clock.getZone());
	}

	ReceiptView viewOf(Receipt r) {
		List<PeriodTotal> periods = new ArrayList<>();
		for (PeriodTotal p : this.mapper.findPeriods(r.id())) {
			periods.add(new PeriodTotal(p.maintenanceCode(), periodLabel(p.maintenanceCode()), p.files(), p.documents(),
					p.bytes()));
		}
		return new ReceiptView(r.id(), r.code(), r.status(), r.depositorCode(), r.depositorName(), r.uploadName(),
				r.uploadSize(), r.uploadSha256(), r.uploadedBy(), r.receivedAt(), r.validatedAt(), r.decidedBy(),
				r.decidedAt(), r.reason(), r.ingestedAt(), r.totalFiles(), r.totalDocuments(), r.totalBytes(), periods,
				this.mapper.findErrors(r.id()), this.mapper.findFiles(r.id()), r.status() == ReceiptStatus.VALIDATED,
				registrationProgress(this.mapper.countRegistration(r.id())));
	}

	/** Documents registered of those listed; null before the registration starts. */
	static StepProgress registrationProgress(ReceiptMapper.RegistrationCount count) {
		return (count == null || count.total() == 0) ? null
				: StepProgress.documentsRegistered(count.registered(), count.total());
	}

	private static String periodLabel(String code) {
		try {
			return RetentionPeriod.of(code, null).label();
		}
		catch (IllegalArgumentException ex) {
			return code;
		}
	}

	/**
	 * Validates a received SIP ({@code sip-receipt}'s first step) as its uploader, and
	 * records what was found: totals, errors, and VALIDATED, or REJECTED with the errors
	 * as its reason. Returns whether it may be accepted. A receipt already past RECEIVED
	 * (a retried step) is left as it is.
	 */
	@Transactional
	public boolean validate(long id) {
		Receipt receipt = this.mapper.lock(id);
		if (receipt == null) {
			throw new NotFoundException("receipt", id);
		}
		if (receipt.status() != ReceiptStatus.RECEIVED) {
			return receipt.status() == ReceiptStatus.VALIDATED || receipt.status() == ReceiptStatus.REGISTERING
					|| receipt.status() == ReceiptStatus.ACCEPTED;
		}
		CurrentUser uploader = this.principals.load(receipt.uploadedBy());
		SipCheck check = this.validation.validate(sip(receipt), uploader, true);
		int documents = 0;
		long bytes = 0;
		Map<String, long[]> periods = new TreeMap<>();
		for (SipFile f : check.files()) {
			documents += f.documents().size();
			bytes += f.bytes();
			String period = f.field("maintenance");
			long[] p = periods.computeIfAbsent((period != null && period.length() <= 2) ? period : "--",
					(k) -> new long[3]);
			p[0]++;
			p[1] += f.documents().size();
			p[2] += f.bytes();
		}
		boolean valid = check.valid();
		String reason = valid ? null : this.texts.vi("receipt.reason.invalid", check.errors().size()) + " / "
				+ this.texts.en("receipt.reason.invalid", check.errors().size());
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
		this.mapper.recordValidation(id, (check.depositor() != null) ? check.depositor().id() : null,
				truncate(check.depositorCode(), 40), truncate(check.depositorName(), 500), check.files().size(),
				documents, bytes, valid ? ReceiptStatus.VALIDATED : ReceiptStatus.REJECTED, reason, now);
		if (!check.errors().isEmpty()) {
			this.mapper.insertErrors(id, check.errors().stream().map(ReceiptService::bounded).toList());
		}
		List<PeriodTotal> totals = new ArrayList<>();
		periods.forEach((code, p) -> totals.add(new PeriodTotal(code, null, (int) p[0], (int) p[1], p[2])));
		if (!totals.isEmpty()) {
			this.mapper.insertPeriods(id, totals);
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("files", check.files().size());
		details.put("documents", documents);
		details.put("bytes", bytes);
		details.put("errors", check.errors().size());
		details.put("depositor", check.depositorCode());
		UserPrincipals.runAs(uploader, () -> {
			this.audit.record(valid ? AuditAction.RECEIPT_VALIDATED : AuditAction.RECEIPT_INVALID, "receipt",
					receipt.code(), receipt.archiveAgencyId(), details);
			return null;
		});
		if (!valid) {
			discardAfterCommit(receipt);
		}
		return valid;
	}

	/**
	 * The historical archive refuses a validated SIP, with its reason: REJECTED, the
	 * upload let go. A retried step finds it rejected already and does nothing.
	 */
	@Transactional
	public void reject(long id, String decidedBy, String reason) {
		Receipt receipt = require(id);
		if (this.mapper.reject(id, ReceiptStatus.VALIDATED, decidedBy, reason,
				Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS)) > 0) {
			UserPrincipals.runAs(this.principals.load(decidedBy), () -> {
				this.audit.record(AuditAction.RECEIPT_REJECTED, "receipt", receipt.code(), receipt.archiveAgencyId(),
						Map.of("reason", String.valueOf(reason)));
				return null;
			});
			discardAfterCommit(receipt);
		}
	}

	/** The SIP as spooled. */
	static Path sip(Receipt receipt) {
		return Path.of(receipt.spoolPath(), SIP);
	}

	Receipt require(long id) {
		Receipt receipt = this.mapper.findById(id);
		if (receipt == null) {
			throw new NotFoundException("receipt", id);
		}
		return receipt;
	}

	void discardAfterCommit(Receipt receipt) {
		Path dir = Path.of(receipt.spoolPath());
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				discard(dir);
			}
		});
	}

	private static ReceiptError bounded(ReceiptError e) {
		return new ReceiptError(truncate(e.path(), 1000), truncate(e.message(), 4000), truncate(e.messageEn(), 4000));
	}

	private static String truncate(String text, int max) {
		return (text != null && text.length() > max) ? text.substring(0, max - 1) + "…" : text;
	}

	private static String sha256(Path file) throws IOException {
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
			return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void discard(Path dir) {
		try {
			FileSystemUtils.deleteRecursively(dir);
		}
		catch (IOException ex) {
			dir.toFile().deleteOnExit();
		}
	}

}
