package vn.luutru.access;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.common.NotFoundException;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.CurrentUsers;
import vn.luutru.security.Role;

/**
 * How often each file and document was used, and by whom, for the officers who may see
 * the file (its agency, its archive, the managers).
 */
@Service
public class AccessUsageReport {

	private final AccessMapper mapper;

	AccessUsageReport(AccessMapper mapper) {
		this.mapper = mapper;
	}

	@Transactional(readOnly = true)
	public FileUsage ofFile(long fileId) {
		ArchivedFile file = visible(fileId);
		var readers = this.mapper.readersOfFile(fileId);
		return new FileUsage(fileId, file.fileCode(), readers.stream().mapToLong(ReaderUsage::views).sum(), readers,
				this.mapper.documentsOfFile(fileId));
	}

	@Transactional(readOnly = true)
	public DocumentReaders ofDocument(long documentId) {
		Long fileId = this.mapper.fileOfDocument(documentId);
		if (fileId == null) {
			throw new NotFoundException("document", documentId);
		}
		visible(fileId);
		var readers = this.mapper.readersOfDocument(documentId);
		return new DocumentReaders(documentId, readers.stream().mapToLong(ReaderUsage::views).sum(), readers);
	}

	/** How often one document was used, and by whom. */
	public record DocumentReaders(Long documentId, long views, java.util.List<ReaderUsage> readers) {

	}

	private ArchivedFile visible(long fileId) {
		CurrentUser user = CurrentUsers.require();
		ArchivedFile file = this.mapper.fileById(fileId);
		if (file == null || user.has(Role.READER) || !user.canSee(file.agencyId(), file.custodyAgencyId())) {
			throw new NotFoundException("record_file", fileId);
		}
		return file;
	}

}
