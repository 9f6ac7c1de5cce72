package vn.luutru.report;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.luutru.common.Attachments;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Báo cáo / Reports")
class ReportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ReportAccess access;

	private final DeadlineReport deadlines;

	private final CatalogueReport catalogues;

	private final AnnualStatisticsReport statistics;

	ReportController(ReportAccess access, DeadlineReport deadlines, CatalogueReport catalogues,
			AnnualStatisticsReport statistics) {
		this.access = access;
		this.deadlines = deadlines;
		this.catalogues = catalogues;
		this.statistics = statistics;
	}

	@GetMapping("/annual-statistics")
	@Operation(summary = "Thống kê lưu trữ hằng năm theo cơ quan (.xlsx) / Annual archive statistics per agency",
			description = "Hồ sơ, văn bản, trang, dung lượng, theo thời hạn bảo quản và trạng thái; mã biểu mẫu là "
					+ "thiết lập luutru.reports.annual-statistics-form-code / Files, documents, pages, storage, by "
					+ "retention and state; the form code is a setting")
	ResponseEntity<StreamingResponseBody> annualStatistics(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String agency) {
		ReportScope scope = this.access.scope(agency);
		return download(this.statistics.write(scope, year));
	}

	@GetMapping("/file-list")
	@Operation(summary = "Mục lục hồ sơ (.xlsx, Nghị định 30) / File list (Decree 30)",
			description = "Đúng một phạm vi: year (hồ sơ của năm), archive=true (đang ở Lưu trữ cơ quan) hoặc batch "
					+ "(mã số lô) / Exactly one scope: a year's files, the agency archive, or a batch")
	ResponseEntity<StreamingResponseBody> fileList(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) Boolean archive, @RequestParam(required = false) Long batch,
			@RequestParam(required = false) String agency) {
		CatalogueScope scope = CatalogueScope.of(year, archive, batch);
		return download(this.catalogues.files(scope, this.catalogues.scope(scope, agency)));
	}

	@GetMapping("/document-list")
	@Operation(summary = "Mục lục văn bản (.xlsx, Nghị định 30) / Document list (Decree 30)",
			description = "Văn bản theo từng hồ sơ, cùng phạm vi như mục lục hồ sơ / Documents file by file, same "
					+ "scopes as the file list")
	ResponseEntity<StreamingResponseBody> documentList(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) Boolean archive, @RequestParam(required = false) Long batch,
			@RequestParam(required = false) String agency) {
		CatalogueScope scope = CatalogueScope.of(year, archive, batch);
		return download(this.catalogues.documents(scope, this.catalogues.scope(scope, agency)));
	}

	@GetMapping("/retention-deadlines")
	@Operation(summary = "Báo cáo hồ sơ đến hạn (.xlsx) / Retention deadline report",
			description = "Hồ sơ đến hạn nộp lưu, nộp lưu lịch sử, xem xét hủy trong kỳ, theo cơ quan và việc; "
					+ "quá hạn tô đỏ. Người quản lý: mọi cơ quan hoặc cơ quan chỉ định; người khác: cơ quan mình / "
					+ "Files due in the period by agency and action, overdue highlighted. Managers: every agency "
					+ "or the one named; others: their own")
	ResponseEntity<StreamingResponseBody> deadlines(
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String agency) {
		ReportPeriod period = ReportPeriod.of(from, to);
		return download(this.deadlines.prepare(this.access.scope(agency), period));
	}

	static ResponseEntity<StreamingResponseBody> download(ReportDownload report) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, Attachments.contentDisposition(report.fileName()))
			.body(report.writer()::write);
	}

}
