package vn.luutru.report;

import java.time.LocalDate;

import vn.luutru.file.FileStatus;

/** One file of the deadline report (its agency and action are the group's). */
record DeadlineRow(LocalDate dueOn, String fileCode, String title, String maintenanceCode, Integer retentionYears,
		FileStatus status, boolean onHold, int docTotal, int pageTotal) {

}
