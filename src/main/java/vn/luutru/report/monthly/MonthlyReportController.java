package vn.luutru.report.monthly;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.luutru.common.Attachments;
import vn.luutru.forms.PrintedCopy;
import vn.luutru.security.PrintMarks;

@RestController
@Tag(name = "Báo cáo tháng / Monthly reports")
class MonthlyReportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final MonthlyReports reports;

	private final PrintMarks marks;

	MonthlyReportController(MonthlyReports reports, PrintMarks marks) {
		this.reports = reports;
		this.marks = marks;
	}

	@GetMapping("/api/v1/reports/monthly")
	@Operation(summary = "Báo cáo tháng đã lập (quản lý) / Monthly reports kept (managers)")
	List<MonthlyReport> list() {
		return this.reports.list();
	}

	@GetMapping("/api/v1/reports/monthly/{id}/content")
	@Operation(summary = "Tải báo cáo tháng / Download a monthly report")
	ResponseEntity<InputStreamResource> download(@PathVariable long id) throws IOException {
		MonthlyReport report = this.reports.get(id);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, Attachments.contentDisposition(report.fileName()))
			// the kept report stays as generated; the copy handed out says who printed it
			.body(new InputStreamResource(PrintedCopy.xlsx(this.reports.open(report), this.marks.now())));
	}

}
