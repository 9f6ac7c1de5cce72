package vn.luutru.file;

import java.time.LocalDate;

/**
 * Where a legacy file stood in its life when it was brought in: still open, closed on its
 * real end date, or already deposited into the agency archive on its real deposit date.
 * Its deadlines are then counted from those dates ({@link DueDatePolicy}), not from the
 * day of the import.
 */
public record FileHistory(FileStatus status, LocalDate endDate, LocalDate depositDate) {

	public FileHistory {
		status = (status != null) ? status : FileStatus.OPEN;
	}

}
