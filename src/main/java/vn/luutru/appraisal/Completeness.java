package vn.luutru.appraisal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.luutru.file.DocumentTotals;
import vn.luutru.file.RecordFile;
import vn.luutru.file.RecordFileQueries;

/**
 * What a closed file still lacks before the archive can receive it (Decree 30/2020 Art.
 * 29): documents, required metadata, and totals that match its documents.
 */
@Component
class Completeness {

	private final RecordFileQueries queries;

	Completeness(RecordFileQueries queries) {
		this.queries = queries;
	}

	/** Human-readable gaps, Vietnamese first; empty when the file is complete. */
	List<String> missing(RecordFile file) {
		List<String> missing = new ArrayList<>();
		DocumentTotals totals = this.queries.documentTotals(file.id());
		if (totals.documents() == 0) {
			missing.add("Hồ sơ chưa có văn bản nào / The file has no documents");
		}
		if (file.startDate() == null) {
			missing.add("Thiếu ngày bắt đầu / Start date missing");
		}
		if (file.endDate() == null) {
			missing.add("Thiếu ngày kết thúc / End date missing");
		}
		if (file.creator() == null) {
			missing.add("Thiếu người lập hồ sơ / Creator missing");
		}
		if (totals.documents() != file.docTotal() || totals.pages() != file.pageTotal()
				|| totals.sheets() != file.sheetTotal()) {
			missing.add("Số văn bản, tờ, trang không khớp với các văn bản / Document, sheet or page totals do not "
					+ "match the documents");
		}
		return missing;
	}

}
