package vn.luutru.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Bảng điều khiển / Dashboard")
class DashboardApiController {

	private final DashboardService dashboards;

	DashboardApiController(DashboardService dashboards) {
		this.dashboards = dashboards;
	}

	@GetMapping("/api/v1/dashboard")
	@Operation(summary = "Số liệu bảng điều khiển / The dashboard's figures",
			description = "Người quản lý: mọi cơ quan hoặc một cơ quan (agencyId); người khác: chỉ cơ quan mình "
					+ "(agencyId khác: 403). year: năm hình thành hồ sơ / Managers: every agency or one (agencyId); "
					+ "others: their own agency only (another agencyId: 403). year: the files' year")
	Dashboard dashboard(@RequestParam(required = false) Long agencyId, @RequestParam(required = false) Integer year) {
		return this.dashboards.dashboard(agencyId, year);
	}

}
