package vn.luutru.dashboard;

import java.time.YearMonth;

import vn.luutru.file.DueAction;
import vn.luutru.file.FileStatus;

/**
 * Which figure's files to list: by state, or by action with a deadline window or month.
 */
public record FileListFilter(FileStatus status, DueAction action, DueWindow window, YearMonth month) {

}
