package vn.luutru.document;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The rows of {@code lt_content}, one per content object documents were captured with:
 * the lock that a capture, an erasure and the clean-up after a failed capture of the same
 * bytes take in turn, so that none of them removes bytes another is about to keep.
 */
@Component
class ContentObjects {

	private final DocumentMapper mapper;

	ContentObjects(DocumentMapper mapper) {
		this.mapper = mapper;
	}

	/**
	 * Locks the object's row until the transaction ends, creating it if missing. An
	 * update first: on H2 a failed insert (a duplicate key) would leave the transaction's
	 * lock waiters spinning instead of waiting.
	 */
	void lock(String sha256) {
		if (this.mapper.touchContent(sha256) > 0) {
			return;
		}
		try {
			this.mapper.insertContent(sha256);
		}
		catch (DuplicateKeyException ex) {
			// Another transaction created it meanwhile and has committed: lock it now.
			this.mapper.touchContent(sha256);
		}
	}

	/**
	 * Whether a committed row of any kind uses the bytes: a document whose content was
	 * not erased, a package part, a batch's lists, package or minutes, an audit
	 * checkpoint, a report ({@code usedContent} in DocumentMapper.xml). Call under
	 * {@link #lock}.
	 */
	boolean inUse(String sha256) {
		return !this.mapper.findUsedContent(List.of(sha256)).isEmpty();
	}

}
