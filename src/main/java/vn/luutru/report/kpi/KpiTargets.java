package vn.luutru.report.kpi;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.luutru.audit.AuditAction;
import vn.luutru.audit.AuditService;
import vn.luutru.common.InvalidInputException;
import vn.luutru.security.CurrentUsers;

/**
 * The targets of the plan's indicators. A year takes the target of its own row, or else
 * of the latest earlier year (a later plan raises a target by adding a row from its first
 * year); a year before every row takes the earliest. Seeded with Plan 62's 2025 figures.
 */
@Service
public class KpiTargets {

	static final int MIN_YEAR = 2000;

	static final int MAX_YEAR = 2100;

	private final KpiMapper mapper;

	private final AuditService audit;

	private final Clock clock;

	KpiTargets(KpiMapper mapper, AuditService audit, Clock clock) {
		this.mapper = mapper;
		this.audit = audit;
		this.clock = clock;
	}

	/** The target in force in {@code year} for each indicator (null when none is set). */
	public Map<KpiIndicator, KpiTarget> forYear(int year) {
		Map<KpiIndicator, KpiTarget> result = new EnumMap<>(KpiIndicator.class);
		for (KpiTarget t : this.mapper.targets()) {
			KpiIndicator.of(t.indicator()).ifPresent((indicator) -> {
				KpiTarget current = result.get(indicator);
				boolean applies = t.targetYear() <= year;
				if (current == null || (applies && t.targetYear() > current.targetYear())) {
					result.put(indicator, t);
				}
			});
		}
		return result;
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
	public KpiTarget set(int indicatorNumber, int year, BigDecimal percent) {
		KpiIndicator indicator = KpiIndicator.of(indicatorNumber)
			.orElseThrow(() -> InvalidInputException.of("indicator", "kpi.error.indicator", indicatorNumber));
		if (year < MIN_YEAR || year > MAX_YEAR) {
			throw InvalidInputException.of("year", "kpi.error.year", MIN_YEAR, MAX_YEAR);
		}
		if (percent == null) {
			throw InvalidInputException.of("targetPercent", "error.required");
		}
		if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0 || percent.scale() > 1) {
			throw InvalidInputException.of("targetPercent", "kpi.error.percent");
		}
		KpiTarget target = new KpiTarget(indicator.number(), year, percent, CurrentUsers.require().userId(),
				Instant.now(this.clock));
		if (this.mapper.updateTarget(target) == 0) {
			this.mapper.insertTarget(target);
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("indicator", indicator.number());
		details.put("year", year);
		details.put("targetPercent", percent.toPlainString());
		this.audit.record(AuditAction.KPI_TARGET_SET, "kpi_target", indicator.number() + "/" + year, null, details);
		return target;
	}

	public List<KpiTarget> all() {
		return this.mapper.targets();
	}

}
