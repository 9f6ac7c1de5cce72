package vn.luutru.report;

import java.time.LocalDate;

/** A file as the mục lục hồ sơ lists it. */
record CatalogueFile(String fileCode, String fileNotation, String title, LocalDate startDate, LocalDate endDate,
		String maintenanceCode, Integer retentionYears, int sheetTotal, int pageTotal, String description) {

}
