package vn.luutru.report.kpi;

import java.util.List;

/** Which indicators a request asks for: a year, and one agency or (null) the province. */
public record KpiScope(int year, Long agencyId) {

	List<KpiValue> values(KpiService kpis) {
		return (this.agencyId != null) ? kpis.forAgency(this.year, this.agencyId) : kpis.forProvince(this.year);
	}

}
