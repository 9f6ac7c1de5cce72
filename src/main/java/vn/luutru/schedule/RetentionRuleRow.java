package vn.luutru.schedule;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Mutable row for writes, so that MyBatis can hand back the generated id. */
class RetentionRuleRow {

	Long id;

	String code;

	String heading;

	String title;

	String maintenanceCode;

	Integer retentionYears;

	DispositionAction actionAtEnd;

	String legalBasis;

	boolean active;

	/** True when writing this row over the rule would change nothing. */
	boolean sameAs(RetentionRule rule) {
		return Objects.equals(this.heading, rule.heading()) && Objects.equals(this.title, rule.title())
				&& Objects.equals(this.maintenanceCode, rule.maintenanceCode())
				&& Objects.equals(this.retentionYears, rule.retentionYears()) && this.actionAtEnd == rule.actionAtEnd()
				&& Objects.equals(this.legalBasis, rule.legalBasis()) && this.active == rule.active();
	}

	Map<String, Object> describe() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("heading", this.heading);
		details.put("title", this.title);
		details.put("maintenanceCode", this.maintenanceCode);
		details.put("retentionYears", this.retentionYears);
		details.put("actionAtEnd", this.actionAtEnd);
		details.put("legalBasis", this.legalBasis);
		details.put("active", this.active);
		return details;
	}

}
