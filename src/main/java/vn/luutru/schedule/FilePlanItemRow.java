package vn.luutru.schedule;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Mutable row for writes, so that MyBatis can hand back the generated id. */
class FilePlanItemRow {

	Long id;

	Long agencyId;

	Integer planYear;

	String fileNotation;

	String heading;

	String title;

	Long retentionRuleId;

	String retentionRuleCode;

	String creator;

	String notes;

	/** True when writing this row over the item would change nothing. */
	boolean sameAs(FilePlanItem item) {
		return Objects.equals(this.planYear, item.planYear()) && Objects.equals(this.fileNotation, item.fileNotation())
				&& Objects.equals(this.heading, item.heading()) && Objects.equals(this.title, item.title())
				&& Objects.equals(this.retentionRuleId, item.retentionRuleId())
				&& Objects.equals(this.creator, item.creator()) && Objects.equals(this.notes, item.notes());
	}

	Map<String, Object> describe() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("planYear", this.planYear);
		details.put("fileNotation", this.fileNotation);
		details.put("heading", this.heading);
		details.put("title", this.title);
		details.put("retentionRuleCode", this.retentionRuleCode);
		details.put("creator", this.creator);
		details.put("notes", this.notes);
		return details;
	}

}
