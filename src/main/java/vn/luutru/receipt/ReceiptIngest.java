package vn.luutru.receipt;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.common.ProblemTexts;
import vn.luutru.security.UserPrincipals;

/**
 * The start of an accepted SIP's registration ({@code Task_IngestSip}): its checksums are
 * checked once more against the METS, and every document is listed in the order it will
 * be registered ({@code lt_receipt_document}), file by file; the receipt is then
 * REGISTERING, and {@link ReceiptRegistration} registers it a chunk at a time. A SIP
 * changed since its validation is refused: nothing registered, the receipt REJECTED with
 * why.
 */
@Service
public class ReceiptIngest {

	/** Rows of the list written by one statement. */
	private static final int PLAN_BATCH = 500;

	private final ReceiptMapper mapper;

	private final ReceiptService receipts;

	private final SipValidation validation;

	private final UserPrincipals principals;

	private final ProblemTexts texts;

	private final Clock clock;

	ReceiptIngest(ReceiptMapper mapper, ReceiptService receipts, SipValidation validation, UserPrincipals principals,
			ProblemTexts texts, Clock clock) {
		this.mapper = mapper;
		this.receipts = receipts;
		this.validation = validation;
		this.principals = principals;
		this.texts = texts;
		this.clock = clock;
	}

	/**
	 * Starts registering the SIP accepted by {@code decidedBy}; returns whether it is
	 * (false: it changed since its validation and is rejected with the reasons). A
	 * receipt already registering or accepted (a retried step) is left as it is.
	 */
	@Transactional
	public boolean accept(long id, String decidedBy, String comment) {
		Receipt receipt = this.mapper.lock(id);
		if (receipt == null || receipt.status() == ReceiptStatus.REGISTERING
				|| receipt.status() == ReceiptStatus.ACCEPTED) {
			return receipt != null;
		}
		if (receipt.status() != ReceiptStatus.VALIDATED) {
			return false;
		}
		SipCheck check = this.validation.validate(ReceiptService.sip(receipt),
				this.principals.load(receipt.uploadedBy()), false);
		if (!check.valid()) {
			List<ReceiptError> errors = check.errors()
				.stream()
				.map((e) -> new ReceiptError(e.path(),
						this.texts.vi("receipt.error.changedSinceValidation", e.message()),
						this.texts.en("receipt.error.changedSinceValidation", e.messageEn())))
				.toList();
			if (!errors.isEmpty()) {
				this.mapper.insertErrors(id, errors);
			}
			this.receipts.reject(id, decidedBy, this.texts.vi("receipt.reason.registrationRefused", errors.size())
					+ " / " + this.texts.en("receipt.reason.registrationRefused", errors.size()));
			return false;
		}
		List<PlannedDocument> plan = new ArrayList<>();
		for (SipFile f : check.files()) {
			for (SipDocument doc : f.documents()) {
				plan.add(new PlannedDocument(id, plan.size(), f.root(), f.fileCode(), doc.docCode(), doc.position(),
						doc.dataPath(), doc.sha256(), null, null));
			}
		}
		for (int i = 0; i < plan.size(); i += PLAN_BATCH) {
			this.mapper.insertPlan(plan.subList(i, Math.min(plan.size(), i + PLAN_BATCH)));
		}
		this.mapper.startRegistration(id, decidedBy, comment, Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS));
		return true;
	}

}
