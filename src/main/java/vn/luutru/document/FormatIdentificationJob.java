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
import vn.luutru.content.PronomIdentifier;
import vn.luutru.content.PronomSettings;
import vn.luutru.content.StagedContent;

/**
 * Gives documents captured before PRONOM identification existed their format identifier,
 * in the background: each run takes one bounded batch (property
 * {@code luutru.content.pronom.backfill-batch}), oldest first, so a large store is worked
 * through a little at a time and a killed node loses at most the batch it held. No lock
 * is held while the bytes are read; the identifier is recorded only while the document
 * still has none, so of two nodes one answer is kept. Content that cannot be read is left
 * for the fixity audit and passed over until the walk starts again from the first.
 */
@Component
class FormatIdentificationJob {

	private static final Logger log = LoggerFactory.getLogger(FormatIdentificationJob.class);

	private final DocumentMapper mapper;

	private final ContentStore store;

	private final PronomIdentifier pronom;

	private final TransactionTemplate transaction;

	private final int batch;

	private final boolean enabled;

	/**
	 * The last document this node looked at: unreadable content does not stall the walk.
	 */
	private long after;

	FormatIdentificationJob(DocumentMapper mapper, ContentStore store, PronomIdentifier pronom,
			TransactionTemplate transaction, PronomSettings settings,
			@Value("${luutru.content.pronom.backfill-enabled:true}") boolean enabled) {
		this.mapper = mapper;
		this.store = store;
		this.pronom = pronom;
		this.transaction = transaction;
		this.batch = settings.backfillBatch();
		this.enabled = enabled;
	}

	@Scheduled(fixedDelayString = "${luutru.content.pronom.backfill-interval:PT1M}",
			initialDelayString = "${luutru.content.pronom.backfill-interval:PT1M}")
	void scheduled() {
		if (this.enabled) {
			identifyBatch();
		}
	}

	/** Identifies one batch; returns how many documents got their identifier. */
	synchronized int identifyBatch() {
		List<Document> docs = this.mapper.findUnidentifiedFormat(this.after, this.batch);
		if (docs.isEmpty() && this.after > 0) {
			this.after = 0;
			docs = this.mapper.findUnidentifiedFormat(0, this.batch);
		}
		int identified = 0;
		for (Document doc : docs) {
			identified += identifyOne(doc) ? 1 : 0;
			this.after = doc.id();
		}
		if (identified > 0) {
			log.info("PRONOM: đã định danh định dạng {} văn bản lưu trước đây / identified {} earlier documents",
					identified, identified);
		}
		return identified;
	}

	private boolean identifyOne(Document doc) {
		String puid;
		try (InputStream in = this.store.open(doc.contentSha256())) {
			StagedContent copy = this.store.stage(in);
			try {
				puid = this.pronom.identify(copy.file(), doc.originalName(), doc.mediaType());
			}
			finally {
				this.store.discard(copy);
			}
		}
		catch (IOException ex) {
			log.warn("PRONOM: không đọc được nội dung văn bản {} / content unreadable: {}", doc.docCode(),
					ex.getMessage());
			return false;
		}
		Integer recorded = this.transaction.execute((tx) -> this.mapper.recordFormat(doc.id(), puid));
		return recorded != null && recorded > 0;
	}

}
