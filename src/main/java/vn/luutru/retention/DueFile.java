package vn.luutru.retention;

import java.time.LocalDate;

import vn.luutru.file.DueAction;
import vn.luutru.file.FileStatus;

/** A file on the due list: what falls due, when, and whether it is already late. */
public record DueFile(long id, String fileCode, String title, String agencyCode, FileStatus status,
		String maintenanceCode, Integer retentionYears, LocalDate dueOn, DueAction dueAction, boolean overdue,
		long daysLeft, boolean onHold) {

}
