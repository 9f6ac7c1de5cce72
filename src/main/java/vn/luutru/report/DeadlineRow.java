package vn.luutru.report;

import java.time.LocalDate;

import vn.luutru.file.DueAction;
import vn.luutru.file.FileStatus;

/** One file of the deadline report. */
record DeadlineRow(String agencyName, DueAction dueAction, LocalDate dueOn, String fileCode, String title,
		String maintenanceCode, Integer retentionYears, FileStatus status, boolean onHold, int docTotal,
		int pageTotal) {

}
