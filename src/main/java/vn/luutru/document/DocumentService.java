package vn.luutru.document;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.common.ConflictException;
import vn.luutru.common.NotFoundException;
import vn.luutru.content.ContentStore;
import vn.luutru.file.RecordFileService;

/** Reads documents and their content, within what the signed-in user may see. */
@Service
public class DocumentService {

	private final DocumentMapper mapper;

	private final RecordFileService files;

	private final ContentStore store;

	DocumentService(DocumentMapper mapper, RecordFileService files, ContentStore store) {
		this.mapper = mapper;
		this.files = files;
		this.store = store;
	}

	@Transactional(readOnly = true)
	public List<Document> ofFile(long fileId) {
		this.files.get(fileId);
		return this.mapper.findByFile(fileId);
	}

	@Transactional(readOnly = true)
	public Document get(long id) {
		Document doc = this.mapper.findById(id);
		if (doc == null) {
			throw new NotFoundException("document", id);
		}
		try {
			this.files.get(doc.fileId());
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("document", id);
		}
		return doc;
	}

	/** The document's content; the caller closes the stream. */
	public InputStream openContent(Document doc) throws IOException {
		if (doc.contentErasedAt() != null) {
			throw new ConflictException("conflict.contentDestroyed", doc.docCode());
		}
		if (!this.store.exists(doc.contentSha256())) {
			throw new NotFoundException("content", doc.docCode());
		}
		return this.store.open(doc.contentSha256());
	}

}
