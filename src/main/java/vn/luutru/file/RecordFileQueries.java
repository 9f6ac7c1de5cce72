package vn.luutru.file;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only queries over record files for the lifecycle features. */
@Service
@Transactional(readOnly = true)
public class RecordFileQueries {

	private final RecordFileMapper mapper;

	RecordFileQueries(RecordFileMapper mapper) {
		this.mapper = mapper;
	}

	/**
	 * The file whatever agency it belongs to, or null; the caller decides who may see it
	 * (the whole-file export answers 403 rather than 404 to another agency).
	 */
	public RecordFile find(long id) {
		return this.mapper.findVisible(id, null);
	}

	/** What the file's documents add up to, counted from the documents themselves. */
	public DocumentTotals documentTotals(long fileId) {
		return this.mapper.documentTotals(fileId);
	}

	/** Files whose deadline is on or before a date, earliest first; null agency = all. */
	public List<RecordFile> due(Long visibleAgencyId, LocalDate until, int limit) {
		return this.mapper.findDue(visibleAgencyId, until, limit);
	}

}
