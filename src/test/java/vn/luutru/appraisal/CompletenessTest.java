package vn.luutru.appraisal;

import org.junit.jupiter.api.Test;

import vn.luutru.file.DocumentTotals;
import vn.luutru.file.RecordFileQueries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static vn.luutru.file.RecordFiles.aFile;

/** What a closed file still lacks before the archive receives it (Decree 30 Art. 29). */
class CompletenessTest {

	private final RecordFileQueries queries = mock(RecordFileQueries.class);

	private final Completeness completeness = new Completeness(this.queries);

	@Test
	void completeFileLacksNothing() {
		when(this.queries.documentTotals(1L)).thenReturn(new DocumentTotals(2, 3, 5));
		assertThat(this.completeness.missing(aFile().build())).isEmpty();
	}

	@Test
	void fileWithoutDocumentsLacksThem() {
		when(this.queries.documentTotals(1L)).thenReturn(new DocumentTotals(0, 0, 0));
		assertThat(this.completeness.missing(aFile().totals(0, 0, 0).build()))
			.containsExactly("Hồ sơ chưa có văn bản nào / The file has no documents");
	}

	@Test
	void namesEveryMissingFieldInBothLanguages() {
		when(this.queries.documentTotals(1L)).thenReturn(new DocumentTotals(2, 3, 5));
		assertThat(this.completeness.missing(aFile().startDate(null).endDate(null).creator(null).build()))
			.containsExactly("Thiếu ngày bắt đầu / Start date missing", "Thiếu ngày kết thúc / End date missing",
					"Thiếu người lập hồ sơ / Creator missing");
	}

	@Test
	void totalsMustMatchTheDocumentsOneByOne() {
		String mismatch = "Số văn bản, tờ, trang không khớp với các văn bản / Document, sheet or page totals do not "
				+ "match the documents";
		when(this.queries.documentTotals(1L)).thenReturn(new DocumentTotals(2, 3, 5));
		assertThat(this.completeness.missing(aFile().totals(1, 3, 5).build())).containsExactly(mismatch);
		assertThat(this.completeness.missing(aFile().totals(2, 4, 5).build())).containsExactly(mismatch);
		assertThat(this.completeness.missing(aFile().totals(2, 3, 6).build())).containsExactly(mismatch);
	}

}
