package vn.luutru.report.kpi;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param closeMargin how many points below its target an indicator still counts as
 * "close" (gần đạt); 5 by default
 */
@ConfigurationProperties("luutru.kpi")
public record KpiSettings(BigDecimal closeMargin) {

	public KpiSettings {
		closeMargin = (closeMargin != null) ? closeMargin : BigDecimal.valueOf(5);
	}

}
