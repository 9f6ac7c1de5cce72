package vn.luutru.file;

import java.time.LocalDate;

import vn.luutru.common.Problems;

/**
 * The end date a file closes with: it starts the retention period, so an end date before
 * the file's start or before its own documents would make a deposited file fall due for
 * destruction review years early.
 */
final class ClosingDates {

	private ClosingDates() {
	}

	/**
	 * @param startDate the file's start date, null when none was given (its earliest
	 * document's date is then taken)
	 * @param documents the issuing dates of the file's documents, null or empty when it
	 * has none
	 */
	static void check(LocalDate startDate, DateRange documents, LocalDate endDate, LocalDate today, Problems problems) {
		LocalDate first = (documents != null) ? documents.first() : null;
		LocalDate last = (documents != null) ? documents.last() : null;
		if (endDate.isAfter(today)) {
			problems.add("endDate", "error.dateInFuture");
		}
		else if (last != null && endDate.isBefore(last)) {
			problems.add("endDate", "error.endBeforeDocuments", first, last);
		}
		else if (startDate != null && endDate.isBefore(startDate)) {
			problems.add("endDate", "error.endBeforeStart", startDate);
		}
	}

}
