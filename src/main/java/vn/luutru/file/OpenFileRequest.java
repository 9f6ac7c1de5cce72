package vn.luutru.file;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/**
 * Opens a record file, either from a plan item (title, notation and retention come from
 * the plan) or outside the plan with its own title, notation and retention.
 */
public record OpenFileRequest(Long planItemId, Integer year, @Size(max = 20) String fileNotation,
		@Size(max = 1000) String title, String retentionRuleCode, String maintenanceCode, Integer retentionYears,
		String accessMode, @Size(max = 100) String language, @Size(max = 100) String keywords,
		@Size(max = 30) String inforSign, @Size(max = 100) String creator, @Size(max = 2000) String description,
		LocalDate startDate, String confidenceLevel, String physicalFormat, @Size(max = 100) String paperFileCode) {

}
