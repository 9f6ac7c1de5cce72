package vn.luutru.search;

import java.time.LocalDate;

/** One file found, with what a results list and its exports show. */
public record SearchHit(long id, String agencyCode, String fileCode, int fileYear, String title, String maintenanceCode,
		String accessMode, String status, LocalDate startDate, LocalDate endDate, int docTotal) {

}
