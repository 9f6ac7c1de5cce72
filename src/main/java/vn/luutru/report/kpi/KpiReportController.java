package vn.luutru.report.kpi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.luutru.common.Attachments;
import vn.luutru.security.CurrentUsers;

@RestController
@Tag(name = "Chỉ tiêu Kế hoạch 62 / Plan KPIs")
class KpiReportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final KpiReport report;

	private final KpiYears years;

	KpiReportController(KpiReport report, KpiYears years) {
		this.report = report;
		this.years = years;
	}

	@GetMapping("/api/v1/reports/kpi")
	@Operation(summary = "Báo cáo chỉ tiêu (.xlsx) / KPI report (.xlsx)",
			description = "agency: mã cơ quan; để trống là toàn tỉnh (quản lý) hoặc cơ quan mình / "
					+ "agency code; empty: the province (managers) or one's own agency")
	ResponseEntity<byte[]> download(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) String agency) throws IOException {
		KpiScope scope = this.years.scope(year, agency);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.report.write(scope.year(), scope.agencyId(), CurrentUsers.require().printedName(), out);
		// An ASCII name: saved as is by curl -OJ and by every browser (RFC 6266).
		String name = "bao-cao-chi-tieu-" + scope.year()
				+ ((scope.agencyId() != null) ? "-co-quan-" + scope.agencyId() : "-toan-tinh") + ".xlsx";
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, Attachments.contentDisposition(name))
			.body(out.toByteArray());
	}

}
