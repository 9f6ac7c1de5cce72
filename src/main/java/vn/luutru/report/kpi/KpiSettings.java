package vn.luutru.report.kpi;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param closeMargin how many points below its target an indicator still counts as
 * "close" (gần đạt); 5 by default
 * @param reportIssuer who issues the province's KPI report (its letterhead)
 * @param reportIssuerParent the issuer's managing body, above it on the letterhead
 */
@ConfigurationProperties("luutru.kpi")
public record KpiSettings(BigDecimal closeMargin, String reportIssuer, String reportIssuerParent) {

	public KpiSettings {
		closeMargin = (closeMargin != null) ? closeMargin : BigDecimal.valueOf(5);
		reportIssuer = (reportIssuer != null) ? reportIssuer : "Sở Nội vụ tỉnh Sơn La";
		reportIssuerParent = (reportIssuerParent != null) ? reportIssuerParent : "Ủy ban nhân dân tỉnh Sơn La";
	}

}
