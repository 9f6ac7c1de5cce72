package vn.luutru.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.luutru.content.ContentStore;

/**
 * Documents as the lifecycle steps need them, without a signed-in user: packaging reads
 * them, destruction erases their content and keeps the rest.
 */
@Service
public class DocumentQueries {

	private static final Logger log = LoggerFactory.getLogger(DocumentQueries.class);

	private final DocumentMapper mapper;

	private final ContentObjects objects;

	private final ContentStore store;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	DocumentQueries(DocumentMapper mapper, ContentObjects objects, ContentStore store, Clock clock,
			PlatformTransactionManager transactions) {
		this.mapper = mapper;
		this.objects = objects;
		this.store = store;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Transactional(readOnly = true)
	public List<Document> ofFile(long fileId) {
		return this.mapper.findByFile(fileId);
	}

	public InputStream open(String sha256) throws IOException {
		return this.store.open(sha256);
	}

	/**
	 * Erases the content of a file's documents, except bytes another live file shares;
	 * metadata and checksums stay. The bytes go once the transaction has committed (they
	 * are queued until then), so a step that rolls back or dies half way erases nothing.
	 * Returns how many stored objects are queued for erasure.
	 */
	@Transactional
	public int eraseContent(long fileId) {
		Set<String> erased = new LinkedHashSet<>();
		Instant now = Instant.now(this.clock);
		for (Document d : this.mapper.findByFile(fileId)) {
			if (d.contentErasedAt() == null && this.mapper.countLiveReferences(d.contentSha256(), fileId) == 0) {
				// Waits for an erasure of the same bytes that is under way, so that the
				// entry is not taken for that one's and dequeued with it; queued already
				// and not under way, it stays as it is.
				if (this.mapper.lockQueuedErasure(d.contentSha256()) == null) {
					this.mapper.queueErasure(d.contentSha256(), now);
				}
				erased.add(d.contentSha256());
			}
		}
		this.mapper.markErased(fileId, now);
		afterCommit(erased);
		return erased.size();
	}

	/**
	 * Erases what the queue still holds: content a committed destruction decided on, left
	 * by a node that stopped before erasing it. Called before every erasure step and at
	 * start-up.
	 */
	@EventListener(ApplicationReadyEvent.class)
	public void eraseQueued() {
		int erased = 0;
		for (String sha256 : this.mapper.findQueuedErasures()) {
			if (eraseNowOrLater(sha256)) {
				erased++;
			}
		}
		if (erased > 0) {
			log.info("Đã xóa {} nội dung còn chờ xóa / erased {} queued content objects", erased, erased);
		}
	}

	/**
	 * Erases one queued object; one that cannot be erased now (a lock wait, a disk error)
	 * stays queued for the next erasure step or start, and stops nothing else.
	 */
	private boolean eraseNowOrLater(String sha256) {
		try {
			return eraseIfUnused(sha256);
		}
		catch (RuntimeException ex) {
			log.warn("Chưa xóa được nội dung {} / content {} not erased yet: {}", sha256, sha256, ex.toString());
			return false;
		}
	}

	/**
	 * Erases one queued object in a transaction of its own, holding its queue row and its
	 * content object's row ({@link ContentObjects}). A capture of the same bytes holds
	 * the latter from before it places them to its commit, so the live-use check here
	 * either waits for it and counts its document, or runs first and the capture places
	 * the bytes again. Returns true when the bytes were erased here.
	 */
	private boolean eraseIfUnused(String sha256) {
		return Boolean.TRUE.equals(this.ownTransaction.execute((tx) -> {
			if (this.mapper.lockQueuedErasure(sha256) == null) {
				return false;
			}
			// Off the queue first: the entry is a use of the bytes (usedContent) until
			// then; a rollback puts it back.
			this.mapper.dequeueErasure(sha256);
			return eraseUnused(sha256);
		}));
	}

	/**
	 * Removes bytes a capture placed and then rolled back, or a package's parts once the
	 * package is kept, unless something committed uses them (the same bytes captured
	 * again; a one-file package, byte for byte its only part). In a transaction of its
	 * own, under the content object's lock, as an erasure; one that fails is left to the
	 * content reconciliation.
	 */
	public void discardIfUnused(String sha256) {
		try {
			this.ownTransaction.executeWithoutResult((tx) -> eraseUnused(sha256));
		}
		catch (RuntimeException ex) {
			log.warn(
					"Chưa xóa được nội dung của lần đưa vào bị hủy {} / content of a failed capture {} not removed: {}",
					sha256, sha256, ex.toString());
		}
	}

	/** Erases the bytes if nothing uses them, holding the content object's lock. */
	private boolean eraseUnused(String sha256) {
		this.objects.lock(sha256);
		try {
			return !this.objects.inUse(sha256) && this.store.erase(sha256);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void afterCommit(Set<String> shas) {
		if (shas.isEmpty()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				for (String sha256 : shas) {
					eraseNowOrLater(sha256);
				}
			}
		});
	}

}
