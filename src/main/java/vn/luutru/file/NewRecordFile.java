package vn.luutru.file;

import java.time.Instant;
import java.time.LocalDate;

/** The values of a file being opened; MyBatis fills in the generated id. */
class NewRecordFile {

	Long id;

	Long agencyId;

	String fileCode;

	int fileYear;

	String fileNotation;

	String title;

	Long planItemId;

	Long retentionRuleId;

	String maintenanceCode;

	Integer retentionYears;

	String accessMode;

	String language;

	String keywords;

	String inforSign;

	String creator;

	String description;

	LocalDate startDate;

	String confidenceLevel;

	String physicalFormat;

	String paperFileCode;

	String schemaVersion;

	String openedBy;

	Instant openedAt;

}
