package vn.luutru.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.luutru.content.ContentStore;
import vn.luutru.content.PdfaResult;
import vn.luutru.content.PdfaValidator;

/**
 * Checks the PDF/A conformance of captured PDFs with a full validator, outside the upload
 * so that capture stays fast. No lock is held while the validator runs; the result is
 * recorded only while the document is still PENDING, so of two nodes checking one
 * document, one result is kept.
 */
@Component
class PdfaCheckJob {

	private static final Logger log = LoggerFactory.getLogger(PdfaCheckJob.class);

	private static final int BATCH = 20;

	private final DocumentMapper mapper;

	private final ContentStore store;

	private final PdfaValidator validator;

	private final TransactionTemplate transaction;

	private final boolean enabled;

	PdfaCheckJob(DocumentMapper mapper, ContentStore store, PdfaValidator validator, TransactionTemplate transaction,
			@Value("${luutru.content.pdfa-check.enabled:true}") boolean enabled) {
		this.mapper = mapper;
		this.store = store;
		this.validator = validator;
		this.transaction = transaction;
		this.enabled = enabled;
	}

	@Scheduled(fixedDelayString = "${luutru.content.pdfa-check.interval:PT5S}")
	void scheduled() {
		if (this.enabled) {
			checkPending();
		}
	}

	/**
	 * Checks every document waiting for its PDF/A check; returns how many were checked.
	 */
	int checkPending() {
		int checked = 0;
		List<Long> ids;
		while (!(ids = this.mapper.findPendingPdfa(BATCH)).isEmpty()) {
			for (Long id : ids) {
				checked += checkOne(id) ? 1 : 0;
			}
			log.info("PDF/A: đã kiểm tra {} văn bản / checked {} documents", checked, checked);
		}
		return checked;
	}

	/**
	 * Validates without holding a lock (veraPDF takes seconds on a large file, and the
	 * lifecycle steps must not wait for it), then records the result only if nobody did
	 * meanwhile: two nodes may check the same document, one result is kept.
	 */
	private boolean checkOne(long id) {
		Document doc = this.mapper.findPendingPdfaDocument(id);
		if (doc == null) {
			return false;
		}
		PdfaResult result;
		try (InputStream in = this.store.open(doc.contentSha256())) {
			result = this.validator.validate(in);
		}
		catch (IOException | RuntimeException ex) {
			result = new PdfaResult("NON_COMPLIANT", doc.pdfaDeclared(),
					"Không đọc được tệp / unreadable: " + ex.getMessage());
		}
		String summary = (result.summary() != null && result.summary().length() > 2000)
				? result.summary().substring(0, 2000) : result.summary();
		String report = summary;
		PdfaResult checked = result;
		Integer recorded = this.transaction.execute((tx) -> this.mapper.recordPdfa(id, checked.status(), report));
		return recorded != null && recorded > 0;
	}

}
