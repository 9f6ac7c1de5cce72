package vn.luutru.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;

import vn.luutru.file.DueAction;
import vn.luutru.file.FileStatus;

/**
 * The files behind one number of the dashboard: its scope, and the state, the deadline
 * window or the forecast month the number counts.
 *
 * @param pending whether the list is of files awaiting an action (a deadline figure)
 * @param dueFrom first deadline on the list (the window's or the month's), null for none
 * @param dueUntil last deadline on the list, null for none
 */
public record FileListQuery(DashboardScope scope, FileStatus status, DueAction action, DueWindow window,
		YearMonth month, boolean pending, LocalDate dueFrom, LocalDate dueUntil) {

	static FileListQuery of(DashboardScope scope, FileStatus status, DueAction action, DueWindow window,
			YearMonth month) {
		LocalDate from = null;
		LocalDate until = null;
		if (month != null) {
			from = month.atDay(1);
			until = month.atEndOfMonth();
		}
		else if (window != null) {
			from = window.from(scope.today());
			until = window.until(scope.today());
		}
		boolean pending = action != null || window != null || month != null;
		return new FileListQuery(scope, status, action, window, month, pending, from, until);
	}

}
