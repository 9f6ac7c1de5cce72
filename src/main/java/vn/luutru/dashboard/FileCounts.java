package vn.luutru.dashboard;

import java.time.Instant;
import java.util.List;

/**
 * The dashboard's counts of files, the part that reads every file of the scope: per
 * state, per agency and deadline window, per month ahead; and when they were counted.
 */
record FileCounts(List<StateCount> perState, List<DueCount> due, List<MonthCount> forecast, Instant countedAt) {

}
