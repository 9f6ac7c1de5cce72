package vn.luutru.dashboard;

import java.time.LocalDate;

import vn.luutru.file.DueAction;
import vn.luutru.file.FileStatus;

/** A file on a dashboard list. */
public record FileRow(long id, String fileCode, String title, String agencyCode, int fileYear, FileStatus status,
		LocalDate dueOn, DueAction dueAction) {

}
