package vn.luutru.report.kpi;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/kpi")
@Tag(name = "Chỉ tiêu Kế hoạch 62 / Plan KPIs")
class KpiController {

	private final KpiService kpis;

	private final KpiTargets targets;

	private final KpiYears years;

	KpiController(KpiService kpis, KpiTargets targets, KpiYears years) {
		this.kpis = kpis;
		this.targets = targets;
		this.years = years;
	}

	@GetMapping
	@Operation(summary = "Tám chỉ tiêu của một năm / The eight indicators of a year",
			description = "agency: mã cơ quan; để trống là toàn tỉnh (quản lý) hoặc cơ quan mình / "
					+ "agency code; empty: the province (managers) or one's own agency")
	List<KpiValue> get(@RequestParam(required = false) Integer year, @RequestParam(required = false) String agency) {
		return this.years.scope(year, agency).values(this.kpis);
	}

	@GetMapping("/targets")
	@Operation(summary = "Chỉ tiêu theo năm / Targets per indicator and year")
	List<KpiTarget> targets() {
		return this.targets.all();
	}

	@PutMapping("/targets/{indicator}/{year}")
	@Operation(summary = "Đặt chỉ tiêu (quản lý, quản trị) / Set a target (managers, administrators)")
	KpiTarget setTarget(@PathVariable int indicator, @PathVariable int year, @RequestBody TargetRequest request) {
		return this.targets.set(indicator, year, request.targetPercent());
	}

	record TargetRequest(BigDecimal targetPercent) {

	}

}
