package vn.luutru.dashboard;

import vn.luutru.file.DueAction;

/**
 * An agency's files awaiting one action: already late, and falling due within 30, 90 and
 * 365 days from today (each window includes the shorter ones, never the late files).
 */
public record DueCount(long agencyId, String agencyCode, String agencyName, DueAction action, long overdue,
		long within30, long within90, long within365) {

}
