package vn.luutru.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.luutru.common.InvalidInputException;

/**
 * Builds the search index in bounded chunks, outside the requests that write files and
 * documents: new rows arrive with {@code search_state = 0} and this step picks them up.
 * <ol>
 * <li>Documents: the text is extracted with no lock held; then, in a short transaction,
 * the document's file is marked for a new index (its row locked first, as a capture
 * does), the folded text stored and the document marked done, only if still waiting: of
 * two nodes extracting one document, one result is kept.</li>
 * <li>Files: a chunk of waiting files is locked ({@code for update}, so two nodes never
 * write one file's words at once), their words and adjacent word pairs rebuilt from their
 * metadata and their documents' stored texts, and marked done, in one transaction.</li>
 * </ol>
 * A node killed in the middle leaves its rows waiting, and the next run takes them up.
 */
@Component
class SearchIndexer {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	static final int MAX_CHUNKS = 1000;

	/** Rows per multi-row INSERT of words. */
	private static final int INSERT_ROWS = 1000;

	private final SearchMapper mapper;

	private final TextExtraction extraction;

	private final TransactionTemplate transaction;

	private final int chunk;

	private final boolean enabled;

	SearchIndexer(SearchMapper mapper, TextExtraction extraction, TransactionTemplate transaction,
			@Value("${luutru.search.index.chunk:500}") int chunk,
			@Value("${luutru.search.index.enabled:true}") boolean enabled) {
		if (chunk < 1) {
			throw new IllegalArgumentException("luutru.search.index.chunk must be positive: " + chunk);
		}
		this.mapper = mapper;
		this.extraction = extraction;
		this.transaction = transaction;
		this.chunk = chunk;
		this.enabled = enabled;
	}

	@Scheduled(fixedDelayString = "${luutru.search.index.interval:PT5S}")
	void scheduled() {
		if (!this.enabled) {
			return;
		}
		try {
			indexChunk();
		}
		catch (RuntimeException ex) {
			// A deadlock or a lost node: the rows stay waiting for the next run.
			log.warn("Lập chỉ mục tìm kiếm dừng / search indexing stopped: {}", ex.toString());
		}
	}

	/** One chunk of documents, then one of files; returns how many rows were indexed. */
	int indexChunk() {
		int documents = 0;
		for (Long id : this.mapper.findPendingDocuments(this.chunk)) {
			documents += indexDocument(id) ? 1 : 0;
		}
		int files = indexFiles(this.mapper.findPendingFiles(this.chunk));
		if (documents + files > 0) {
			log.info("Chỉ mục tìm kiếm: {} văn bản, {} hồ sơ / search index: {} documents, {} files", documents, files,
					documents, files);
		}
		return documents + files;
	}

	/**
	 * Runs up to {@code chunks} chunks now (at most {@link #MAX_CHUNKS}, so that a
	 * request stays bounded) and answers how far indexing is: for an administrator who
	 * wants new words found at once, and the bulk path of bench/search.sh.
	 */
	/**
	 * How far indexing is, province-wide: for the administrators and the managers who
	 * watch the whole province.
	 */
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	IndexProgress progress() {
		return this.mapper.progress();
	}

	@PreAuthorize("hasRole('ADMIN')")
	IndexProgress runChunks(int chunks) {
		if (chunks < 1 || chunks > MAX_CHUNKS) {
			throw InvalidInputException.of("chunks", "search.error.chunks", MAX_CHUNKS);
		}
		for (int i = 0; i < chunks && indexChunk() > 0; i++) {
			// until nothing waits or the chunks are used up
		}
		return this.mapper.progress();
	}

	private boolean indexDocument(long id) {
		IndexedDocument doc = this.mapper.findPendingDocument(id);
		if (doc == null) {
			return false;
		}
		String folded = Folding.joined(Folding.words(doc.metadataText() + " " + this.extraction.extract(doc)));
		Boolean done = this.transaction.execute((tx) -> {
			this.mapper.markFileStale(doc.fileId());
			if (this.mapper.markDocumentIndexed(id) == 0) {
				tx.setRollbackOnly();
				return false;
			}
			this.mapper.deleteText(doc.fileId(), id);
			this.mapper.insertText(doc.fileId(), id, folded);
			return true;
		});
		return Boolean.TRUE.equals(done);
	}

	private int indexFiles(List<Long> ids) {
		if (ids.isEmpty()) {
			return 0;
		}
		Integer done = this.transaction.execute((tx) -> {
			List<IndexedFile> files = this.mapper.lockPendingFiles(ids);
			if (files.isEmpty()) {
				return 0;
			}
			List<Long> locked = files.stream().map(IndexedFile::id).toList();
			Map<Long, List<String>> documentTexts = this.mapper.findDocumentTexts(locked)
				.stream()
				.collect(Collectors.groupingBy(FileText::fileId,
						Collectors.mapping(FileText::folded, Collectors.toList())));
			List<FileText> texts = new ArrayList<>();
			List<Posting> postings = new ArrayList<>();
			List<Posting> pairPostings = new ArrayList<>();
			for (IndexedFile file : files) {
				List<String> words = Folding.words(file.metadataText());
				texts.add(new FileText(file.id(), 0, Folding.joined(words)));
				Set<String> terms = new LinkedHashSet<>(words);
				Set<String> pairs = new LinkedHashSet<>(Folding.pairs(words));
				for (String text : documentTexts.getOrDefault(file.id(), List.of())) {
					List<String> textWords = Folding.split(text);
					terms.addAll(textWords);
					pairs.addAll(Folding.pairs(textWords));
				}
				terms.forEach((t) -> postings.add(new Posting(t, file.id())));
				pairs.forEach((p) -> pairPostings.add(new Posting(p, file.id())));
			}
			this.mapper.deleteTerms(locked);
			this.mapper.deletePairs(locked);
			this.mapper.deleteFileTexts(locked);
			this.mapper.insertFileTexts(texts);
			for (int from = 0; from < postings.size(); from += INSERT_ROWS) {
				this.mapper.insertTerms(postings.subList(from, Math.min(postings.size(), from + INSERT_ROWS)));
			}
			for (int from = 0; from < pairPostings.size(); from += INSERT_ROWS) {
				this.mapper.insertPairs(pairPostings.subList(from, Math.min(pairPostings.size(), from + INSERT_ROWS)));
			}
			return this.mapper.markFilesIndexed(locked);
		});
		return (done != null) ? done : 0;
	}

}
