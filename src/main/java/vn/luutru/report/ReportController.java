package vn.luutru.report;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Báo cáo / Reports")
class ReportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ReportAccess access;

	private final DeadlineReport deadlines;

	ReportController(ReportAccess access, DeadlineReport deadlines) {
		this.access = access;
		this.deadlines = deadlines;
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
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(report.fileName()).build().toString())
			.body(report.writer()::write);
	}

}
