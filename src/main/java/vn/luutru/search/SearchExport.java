package vn.luutru.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

import vn.luutru.agency.AgencyDirectory;
import vn.luutru.batch.BatchLetterhead;
import vn.luutru.common.Attachments;
import vn.luutru.common.InvalidInputException;
import vn.luutru.forms.Letterhead;
import vn.luutru.forms.OfficialDocument;
import vn.luutru.forms.ReportColumn;
import vn.luutru.forms.ReportTitle;
import vn.luutru.forms.ReportWorkbook;
import vn.luutru.security.CurrentUser;
import vn.luutru.security.CurrentUsers;

/**
 * Search results as .xlsx (the shared report workbook), .docx (the official-document
 * library) or .pdf, at most {@link SearchService#COUNT_CAP} files, each with who printed
 * it and when on every page.
 */
@Service
class SearchExport {

	static final String TITLE = "KẾT QUẢ TÌM KIẾM HỒ SƠ";

	private static final List<String> HEADINGS = List.of("STT", "Mã hồ sơ", "Tiêu đề", "Cơ quan", "Năm", "Thời hạn",
			"Chế độ sử dụng", "Trạng thái");

	private final SearchService search;

	private final AgencyDirectory agencies;

	private final BatchLetterhead letterheads;

	private final Clock clock;

	SearchExport(SearchService search, AgencyDirectory agencies, BatchLetterhead letterheads, Clock clock) {
		this.search = search;
		this.agencies = agencies;
		this.letterheads = letterheads;
		this.clock = clock;
	}

	ResponseEntity<byte[]> export(String format, SearchFilters filters) {
		String f = (format != null) ? format.trim().toLowerCase(java.util.Locale.ROOT) : "";
		if (!List.of("xlsx", "docx", "pdf").contains(f)) {
			throw InvalidInputException.of("format", "error.invalidChoice", "xlsx, docx, pdf");
		}
		List<SearchHit> hits = this.search.first(filters, SearchService.COUNT_CAP);
		CurrentUser user = CurrentUsers.require();
		ReportTitle title = new ReportTitle(letterhead(user), TITLE, describe(filters), LocalDateTime.now(this.clock),
				user.printedName());
		try {
			byte[] body = switch (f) {
				case "xlsx" -> xlsx(title, hits);
				case "docx" -> docx(title, hits);
				default -> ResultsPdf.write(title, List.of(title.period(), String.join(" | ", HEADINGS)),
						hits.stream().map((h) -> String.join(" | ", row(hits.indexOf(h) + 1, h))).toList());
			};
			String type = switch (f) {
				case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
				case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
				default -> MediaType.APPLICATION_PDF_VALUE;
			};
			return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION, Attachments.contentDisposition("ket-qua-tim-kiem." + f))
				.contentType(MediaType.parseMediaType(type))
				.body(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Letterhead letterhead(CurrentUser user) {
		return (user.agencyId() != null) ? this.letterheads.letterhead(this.agencies.require(user.agencyId()))
				: new Letterhead(null, "LUUTRU");
	}

	private static byte[] xlsx(ReportTitle title, List<SearchHit> hits) throws IOException {
		List<ReportColumn> columns = List.of(ReportColumn.serial(HEADINGS.get(0)), ReportColumn.text(HEADINGS.get(1)),
				ReportColumn.text(HEADINGS.get(2)), ReportColumn.centred(HEADINGS.get(3)),
				ReportColumn.centred(HEADINGS.get(4)), ReportColumn.centred(HEADINGS.get(5)),
				ReportColumn.centred(HEADINGS.get(6)), ReportColumn.text(HEADINGS.get(7)));
		try (ReportWorkbook workbook = new ReportWorkbook()) {
			var sheet = workbook.sheet("Kết quả", title, columns);
			int n = 0;
			for (SearchHit h : hits) {
				sheet.row(++n, h.fileCode(), h.title(), h.agencyCode(), h.fileYear(), h.maintenanceCode(),
						h.accessMode(), h.status());
			}
			return workbook.toBytes();
		}
	}

	private static byte[] docx(ReportTitle title, List<SearchHit> hits) throws IOException {
		try (OfficialDocument doc = new OfficialDocument()) {
			doc.title(TITLE, title.period());
			List<List<String>> rows = new ArrayList<>();
			for (int i = 0; i < hits.size(); i++) {
				rows.add(row(i + 1, hits.get(i)));
			}
			doc.table(HEADINGS, rows, new int[] { 600, 1500, 3000, 900, 600, 700, 900, 1155 });
			doc.footer(title.printedLine());
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			doc.write(out);
			return out.toByteArray();
		}
	}

	private static List<String> row(int n, SearchHit h) {
		return List.of(String.valueOf(n), h.fileCode(), h.title(), h.agencyCode(), String.valueOf(h.fileYear()),
				h.maintenanceCode(), h.accessMode(), h.status());
	}

	/** What was searched, as the title block's second line says it. */
	private static String describe(SearchFilters f) {
		StringBuilder s = new StringBuilder("Từ khóa / Query: ").append((f.q() != null) ? f.q() : "");
		append(s, "Cơ quan / Agency", f.agencyCode());
		append(s, "Năm / Year", (f.year() != null) ? f.year().toString() : null);
		append(s, "Thời hạn / Retention", f.maintenanceCode());
		append(s, "Trạng thái / State", f.status());
		append(s, "Chế độ sử dụng / Access", f.accessMode());
		append(s, "Loại văn bản / Document type", f.documentType());
		return s.toString();
	}

	private static void append(StringBuilder s, String label, String value) {
		if (value != null && !value.isBlank()) {
			s.append(" · ").append(label).append(": ").append(value);
		}
	}

}
