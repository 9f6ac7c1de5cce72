package vn.luutru.schedule;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A planned file as people read it: with its agency code and its retention spelled out.
 */
public record FilePlanItemView(Long id, @JsonIgnore Long agencyId, String agencyCode, int planYear, String fileNotation,
		String heading, String title, String retentionRuleCode, String maintenanceCode, Integer retentionYears,
		DispositionAction actionAtEnd, String creator, String notes) {

	/** "Vĩnh viễn" or "10 năm", as the plan prints it. */
	@JsonProperty("retention")
	public String retention() {
		return RetentionPeriod.of(this.maintenanceCode, this.retentionYears).label();
	}

	@JsonIgnore
	public boolean permanent() {
		return RetentionPeriod.PERMANENT.equals(this.maintenanceCode);
	}

	/**
	 * The serial in front of the notation (7 in 07.TCCB), for ordering within a heading.
	 */
	@JsonIgnore
	public int serial() {
		int dot = this.fileNotation.indexOf('.');
		try {
			return Integer.parseInt((dot < 0) ? this.fileNotation : this.fileNotation.substring(0, dot));
		}
		catch (NumberFormatException ex) {
			return Integer.MAX_VALUE;
		}
	}

}
