package vn.luutru.report.kpi;

import java.math.BigDecimal;

/**
 * One indicator for one agency (or the province, {@code agencyId} null) in one year.
 *
 * @param actualPercent numerator / denominator in percent, one decimal; null when not
 * measured or nothing to count
 * @param gap actual minus target, in points (negative: below target)
 * @param reason why it is not measured, in Vietnamese; null otherwise
 */
public record KpiValue(int indicator, String label, String labelEn, Long agencyId, String agencyCode, String agencyName,
		long numerator, long denominator, BigDecimal actualPercent, BigDecimal targetPercent, BigDecimal gap,
		KpiStatus status, String reason, String reasonEn) {

}
