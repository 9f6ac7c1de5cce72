package vn.luutru.report.kpi;

/** What one indicator's query counted for one agency. */
public record KpiCount(long agencyId, long numerator, long denominator) {

}
