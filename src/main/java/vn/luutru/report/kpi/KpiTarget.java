package vn.luutru.report.kpi;

import java.math.BigDecimal;
import java.time.Instant;

/** A target in percent for one indicator from one year on, until a later year's row. */
public record KpiTarget(int indicator, int targetYear, BigDecimal targetPercent, String updatedBy, Instant updatedAt) {

}
