package vn.luutru.document;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.content.ContentStore;

/**
 * Documents as the lifecycle steps need them, without a signed-in user: packaging reads
 * them, destruction erases their content and keeps the rest.
 */
@Service
public class DocumentQueries {

	private final DocumentMapper mapper;

	private final ContentStore store;

	private final Clock clock;

	DocumentQueries(DocumentMapper mapper, ContentStore store, Clock clock) {
		this.mapper = mapper;
		this.store = store;
		this.clock = clock;
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
	 * metadata and checksums stay. Returns how many stored objects were erased.
	 */
	@Transactional
	public int eraseContent(long fileId) throws IOException {
		Set<String> erased = new HashSet<>();
		for (Document d : this.mapper.findByFile(fileId)) {
			if (this.mapper.countLiveReferences(d.contentSha256(), fileId) == 0) {
				// Counted even when already gone: a node that crashed after erasing but
				// before committing leaves the bytes erased and the rows untouched, and
				// the
				// retry must report what an uninterrupted run would.
				this.store.erase(d.contentSha256());
				erased.add(d.contentSha256());
			}
		}
		this.mapper.markErased(fileId, Instant.now(this.clock));
		return erased.size();
	}

}
